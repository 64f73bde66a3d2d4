import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['bench/*.js'], languageOptions: { globals: { ...globals.browser, cytoscape: 'readonly' } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright serialises what a page function returns, and a Cytoscape element or instance brings
    // the whole graph with it: seconds per call, and a crashed tab on a large SPARQL session. Calls
    // that return one (emit, fit, a position set…) go in a block body, or through harness.ts's tap().
    files: ['tests/e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Always the element, the collection or the instance.
          selector:
            "CallExpression[callee.property.name='evaluate'] > ArrowFunctionExpression > CallExpression.body[callee.property.name=/^(emit|trigger|fit|center|select|unselect|addClass|removeClass|toggleClass|animate|panBy|layout|remove|restore|add|viewport)$/]",
          message: 'This returns a Cytoscape object to Playwright, which serialises the whole graph: use a block body (or tap()).',
        },
        {
          // Setters (an object, or a key and a value) return the element too; getters are fine.
          selector:
            "CallExpression[callee.property.name='evaluate'] > ArrowFunctionExpression > CallExpression.body[callee.property.name=/^(position|pan|zoom|data|style|scratch)$/]:matches([arguments.0.type='ObjectExpression'], [arguments.length>1])",
          message: 'This returns a Cytoscape object to Playwright, which serialises the whole graph: use a block body (or tap()).',
        },
      ],
    },
  },
);
