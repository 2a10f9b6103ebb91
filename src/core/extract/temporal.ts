export { extractTemporal } from './temporal/extractTemporal';
