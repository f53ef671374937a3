// Empty stand-in for Node built-ins (`https`) that browser bundles must not pull in: see astro.config.mjs.
/** Nothing: code that reaches for the real module in the browser gets an empty object. */
export default {};
