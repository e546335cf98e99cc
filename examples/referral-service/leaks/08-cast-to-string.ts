// Mistake: a cast to `string` to make the type error go away; the sink rules lose sight of it.
import type { User } from '../src/models.js';

declare function sendWelcome(to: string, name: string): void;

export function welcome(user: User): void {
  sendWelcome(user.email as string, 'Welcome!');
}
