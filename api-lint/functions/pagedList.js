// A list of records answers one page ({items, next}) and takes the paging parameters (docs/api-conventions.md
// "Lists are paged"): a GET whose 200 answer is a Page schema must accept both `limit` and `after` in its query.
'use strict';

module.exports = (operation) => {
  const ref = operation?.responses?.['200']?.content?.['application/json']?.schema?.$ref;
  if (typeof ref !== 'string' || !/\/Page[A-Z]\w*$/.test(ref)) {
    return [];
  }
  const query = (operation.parameters || []).filter((p) => p.in === 'query').map((p) => p.name);
  return ['limit', 'after']
    .filter((name) => !query.includes(name))
    .map((name) => ({ message: `A paged list must take the query parameter "${name}"` }));
};
