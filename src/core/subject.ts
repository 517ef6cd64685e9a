// Which GS paper and subject an editorial belongs to, from its front matter (`subject:`,
// `gs:`), else from keywords in its title and mains topics. Used to group the tree.
import type { ParsedEditorial } from './editorialParser';

export interface Subject {
  /** "GS1" … "GS4", or "Other". */
  readonly paper: string;
  readonly subject: string;
}

interface Rule { paper: string; subject: string; words: string[] }

/** Earlier rules win ties; a keyword counts once per editorial. */
const RULES: Rule[] = [
  { paper: 'GS2', subject: 'International Relations', words: ['relations', 'ties', 'bilateral', 'foreign policy', 'diplomacy', 'diplomatic', 'partnership', 'india-us', 'indo-us', 'geopolitics', 'neighbourhood', 'quad', 'brics', 'un', 'united nations', 'treaty', 'summit'] },
  { paper: 'GS2', subject: 'Polity and Governance', words: ['constitution', 'constitutional', 'parliament', 'judiciary', 'supreme court', 'governance', 'federalism', 'election', 'elections', 'legislature', 'governor', 'bill', 'rights', 'panchayat'] },
  { paper: 'GS2', subject: 'Social Justice', words: ['health', 'education', 'poverty', 'welfare', 'women', 'children', 'hunger', 'nutrition', 'tribal', 'disability', 'social sector'] },
  { paper: 'GS3', subject: 'Economy', words: ['economy', 'economic', 'trade', 'tariff', 'tariffs', 'inflation', 'gdp', 'fiscal', 'banking', 'investment', 'msme', 'agriculture', 'farm', 'employment', 'budget', 'manufacturing'] },
  { paper: 'GS3', subject: 'Environment', words: ['climate', 'environment', 'environmental', 'biodiversity', 'pollution', 'forest', 'emissions', 'renewable', 'conservation', 'wildlife'] },
  { paper: 'GS3', subject: 'Science and Technology', words: ['space', 'technology', 'ai', 'artificial intelligence', 'semiconductor', 'semiconductors', 'digital', 'cyber', 'biotech', 'quantum', 'isro'] },
  { paper: 'GS3', subject: 'Internal Security', words: ['security', 'defence', 'defense', 'terrorism', 'insurgency', 'border', 'naxal', 'military'] },
  { paper: 'GS3', subject: 'Disaster Management', words: ['disaster', 'flood', 'floods', 'earthquake', 'cyclone', 'landslide'] },
  { paper: 'GS1', subject: 'History and Culture', words: ['history', 'heritage', 'culture', 'cultural', 'freedom struggle', 'art', 'architecture'] },
  { paper: 'GS1', subject: 'Society and Geography', words: ['society', 'urbanisation', 'urbanization', 'population', 'geography', 'monsoon', 'migration'] },
  { paper: 'GS4', subject: 'Ethics', words: ['ethics', 'ethical', 'integrity', 'probity', 'values', 'attitude'] },
];

const PAPER = /\bGS[-\s]?(?:paper[-\s]?)?([1-4IV]{1,3})\b/i;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export function inferSubject(editorial: ParsedEditorial): Subject {
  const fm = editorial.frontMatter;
  const paperMatch = PAPER.exec(fm.gs ?? fm.paper ?? '');
  const paperOverride = paperMatch ? `GS${ROMAN[paperMatch[1].toUpperCase()] ?? paperMatch[1]}` : undefined;
  if (fm.subject) {
    const known = RULES.find(r => r.subject.toLowerCase() === fm.subject.toLowerCase());
    return { paper: paperOverride ?? known?.paper ?? 'Other', subject: known?.subject ?? fm.subject };
  }
  const text = [editorial.title, ...editorial.mainsTopics].join(' \n ');
  let best: { rule: Rule; score: number } | undefined;
  for (const rule of RULES) {
    const score = rule.words.filter(w => hasWord(text, w)).length;
    if (score > 0 && (!best || score > best.score)) best = { rule, score };
  }
  if (!best) return { paper: paperOverride ?? 'Other', subject: 'Other' };
  return { paper: paperOverride ?? best.rule.paper, subject: best.rule.subject };
}
