// What the revision feature loads on first use (see features/chunks.ts): the review session and
// its panel, the day's plan, the scope picker and the Anki export, and the store of review
// progress (features/context.ts makes the one store), with ts-fsrs; and the card refs kept
// between sessions (services/cardRefStore.ts).
export { ReviewSession } from './reviewPanel';
export { PlanPanel } from './planPanel';
export { exportCards } from './exportCards';
export { pickScope } from './pickScope';
export { isScope } from './scopeArgument';
export { ReviewStore } from '../../services/reviewStore';
export { cardRefStore } from '../../services/cardRefStore';
