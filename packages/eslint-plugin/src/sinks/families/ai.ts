import type { CatalogEntry } from '../spec.js';

/**
 * LLM and AI APIs (third-party): prompts, messages, embeddings inputs go to the provider. Tested
 * against openai 6.49.0, @anthropic-ai/sdk 1.14.0, @google/genai 2.32.0, ai 6.0.326 and
 * @langchain/core 1.4.0 (newer majors of openai, @google/genai and ai need Node 22).
 */
export const aiSinks: readonly CatalogEntry[] = [
  {
    label: 'OpenAI',
    from: 'package',
    package: 'openai',
    name: [
      'Completions.create',
      'Completions.stream',
      'Completions.parse',
      'Responses.create',
      'Responses.stream',
      'Responses.parse',
      'Embeddings.create',
      'Moderations.create',
    ],
  },
  {
    label: 'Anthropic',
    from: 'package',
    package: '@anthropic-ai/sdk',
    name: ['Messages.create', 'Messages.stream', 'Messages.countTokens', 'Completions.create'],
  },
  {
    label: 'Google Gen AI',
    from: 'package',
    package: '@google/genai',
    name: [
      'Models.generateContent',
      'Models.generateContentStream',
      'Models.embedContent',
      'Models.countTokens',
      'Models.generateImages',
      'Chat.sendMessage',
      'Chat.sendMessageStream',
    ],
  },
  {
    label: 'Vercel AI SDK',
    from: 'package',
    package: 'ai',
    name: ['generateText', 'streamText', 'generateObject', 'streamObject', 'embed', 'embedMany'],
  },
  // Every LangChain model, chain and retriever is a Runnable; the input reaches the provider.
  {
    label: 'LangChain',
    from: 'package',
    package: '@langchain/*',
    name: [
      'BaseChatModel.invoke',
      'BaseLLM.invoke',
      'Runnable.invoke',
      'Runnable.stream',
      'Runnable.batch',
      'BaseChatModel.generate',
      'Embeddings.embedQuery',
      'Embeddings.embedDocuments',
    ],
  },
];
