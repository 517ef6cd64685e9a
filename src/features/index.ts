// Every feature of the extension, in the order they start. Each folder is one domain and exports
// `activate(ctx)`, which registers what it shows and returns the handles it offers to tests.
// Features never import each other: what they share comes through the FeatureContext.
import * as editorials from './editorials';
import * as glossary from './glossary';
import * as importing from './import';
import * as notes from './notes';
import * as practice from './practice';
import * as revision from './revision';
import * as summary from './summary';
import * as syllabus from './syllabus';

export const FEATURES = [editorials, glossary, summary, notes, revision, practice, importing, syllabus] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** What the features hand to tests, all together. */
export type FeatureHandles = UnionToIntersection<ReturnType<(typeof FEATURES)[number]['activate']>>;
