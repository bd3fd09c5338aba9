// Its own (empty) configuration: Next looks for one upwards, and must not load the storefront's.
const config = {};
export default config;
