export { catalogMapping, type CatalogField, type CatalogFields, type CatalogMapping, type CatalogPath, type CatalogResult } from './mapping.js'
