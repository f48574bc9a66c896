/** English word forms used across stages: singular of a plural noun, for measures and matching. */
import { table } from "./table.js";

const IRREGULAR: Readonly<Record<string, string>> = table({
  people: "person", men: "man", women: "woman", children: "child", lives: "life", feet: "foot", teeth: "tooth",
  mice: "mouse", geese: "goose", police: "police", personnel: "personnel", staff: "staff", troops: "troop",
  wives: "wife", knives: "knife", leaves: "leaf", halves: "half", thieves: "thief", crises: "crisis", analyses: "analysis",
  theses: "thesis", series: "series", species: "species", news: "news", data: "data", criteria: "criterion",
  phenomena: "phenomenon", bases: "base", cases: "case", houses: "house", accords: "accord", buses: "bus", viruses: "virus",
  statuses: "status", censuses: "census", bonuses: "bonus", campuses: "campus", schoolchildren: "schoolchild",
  grandchildren: "grandchild", servicemen: "serviceman", servicewomen: "servicewoman", policemen: "policeman",
  firemen: "fireman", gunmen: "gunman", fishermen: "fisherman", militiamen: "militiaman", tribesmen: "tribesman",
});

/** Singular of a lower-case English noun ("districts" → "district", "casualties" → "casualty"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("oes") && w.length > 4) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}
