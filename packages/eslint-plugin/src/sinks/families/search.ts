import type { CatalogEntry } from '../spec.js';

/**
 * Search and data services: an index is a copy of the data outside the system of record, often
 * run by a third party, searchable by whoever holds its key.
 */
export const searchSinks: readonly CatalogEntry[] = [
  // Algolia v5: the search client's methods, declared in `@algolia/client-search`.
  {
    label: 'Algolia',
    from: 'package',
    package: ['algoliasearch', '@algolia/client-search'],
    name: [
      'saveObject',
      'saveObjects',
      'partialUpdateObject',
      'partialUpdateObjects',
      'addOrUpdateObject',
      'replaceAllObjects',
      'batch',
    ],
  },
  {
    label: 'Elasticsearch',
    from: 'package',
    package: '@elastic/elasticsearch',
    name: ['API.index', 'API.create', 'API.bulk', 'API.update', 'API.updateByQuery', 'Helpers.bulk'],
  },
  {
    label: 'OpenSearch',
    from: 'package',
    package: '@opensearch-project/opensearch',
    name: [
      'OpenSearchAPI.index',
      'OpenSearchAPI.create',
      'OpenSearchAPI.bulk',
      'OpenSearchAPI.update',
      'OpenSearchAPI.updateByQuery',
      'Helpers.bulk',
    ],
  },
  {
    label: 'Typesense',
    from: 'package',
    package: 'typesense',
    name: ['Documents.create', 'Documents.upsert', 'Documents.update', 'Documents.import', 'Document.update'],
  },
  {
    label: 'Meilisearch',
    from: 'package',
    package: 'meilisearch',
    name: [
      'Index.addDocuments',
      'Index.addDocumentsInBatches',
      'Index.addDocumentsFromString',
      'Index.updateDocuments',
      'Index.updateDocumentsInBatches',
      'Index.updateDocumentsFromString',
    ],
  },
];
