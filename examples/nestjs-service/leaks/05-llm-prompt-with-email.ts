// ❌ A support assistant sends the customer's email to the LLM provider in the prompt.
import OpenAI from 'openai';
import type { UserEntity } from '../src/user.entity.js';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? '' });

export async function draftReply(user: UserEntity, question: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Customer ${user.email} asks: ${question}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}
