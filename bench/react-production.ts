// Imported first by bench:dash: React and Ink then load their production builds, as `ff dash` does
// (cli/src/commands/dash.ts sets the same before it loads the dashboard). Development React records an
// owner stack for every element it creates, which multiplied the redraw's CPU time and garbage.
process.env.NODE_ENV ??= 'production';
