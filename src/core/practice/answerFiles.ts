// Where a mains answer is written and what it is called: `answers/YYYY-MM-DD-<editorial>-answer.md`
// in the workspace. The practice feature names new answers so; the day's plan counts them by it.
import { slugify } from '../shared/fileNames';

/** The workspace folder answers are written in. */
export const ANSWERS_FOLDER = 'answers';

/** The file name of an answer begun on `day` (YYYY-MM-DD) to a question of the editorial `title`. */
export function answerFileName(day: string, title: string): string {
  return `${day}-${slugify(title)}-answer.md`;
}

/** Whether `name` is an answer file begun on `day`. */
export function isAnswerFileOf(name: string, day: string): boolean {
  return name.startsWith(`${day}-`) && /answer\.md$/i.test(name);
}
