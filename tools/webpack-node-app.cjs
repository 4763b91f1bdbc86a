// Webpack set-up shared by the Node applications (api, bench): tsc keeps emitDecoratorMetadata, which Nest needs.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

module.exports = function nodeApplication(projectDirectory, name) {
  return {
    output: { path: join(__dirname, '../dist/apps', name) },
    // Source maps point stack traces at the TypeScript that failed.
    devtool: 'source-map',
    context: projectDirectory,
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
};
