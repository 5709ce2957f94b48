// The minimal app the benchmark measures the framework's ceilings with (bench/ceiling.ts).
const config = { poweredByHeader: false };
export default config;
