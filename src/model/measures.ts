/** Measures as a base may write them: the canonical measure each stands for (CONTRACT §2). */
import { table } from "../lib/table.js";

/**
 * Words people write for a canonical measure. `base lint` warns about them;
 * matching reads them as the measure they stand for, so a base that writes
 * `deaths: 300` still answers "300 killed". "casualties" stands for two
 * measures and matches neither.
 */
export const MEASURE_SYNONYMS: Readonly<Record<string, string>> = table({
  dead: "killed", deaths: "killed", death: "killed", died: "killed", "death toll": "killed", fatalities: "killed", fatality: "killed",
  casualties: "killed or wounded", injured: "wounded", injuries: "wounded", hurt: "wounded", detained: "arrested", arrests: "arrested",
  detentions: "arrested", fled: "displaced", homeless: "displaced", evacuees: "evacuated", percentage: "percent", "per cent": "percent",
  "people killed": "killed", "persons killed": "killed", "lives lost": "killed", "people dead": "killed", "people injured": "wounded",
  "people wounded": "wounded", "people missing": "missing", "missing people": "missing", "missing persons": "missing",
  disappeared: "missing", "people arrested": "arrested", "displaced people": "displaced", "people displaced": "displaced",
  displacement: "displaced", "internally displaced": "displaced", evacuations: "evacuated", "people evacuated": "evacuated",
});
