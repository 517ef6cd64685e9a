// What the practice feature loads on first use (see features/chunks.ts): the answer file, the
// timer and the answer coach.
export { MainsPractice } from './mainsPractice';
