// Shlink's own web UI (@shlinkio/shlink-web-component) with the official SDK, pointed at a
// server given in the query string: index.html?server=http://127.0.0.1:PORT&key=API_KEY
import { ShlinkApiClient } from '@shlinkio/shlink-js-sdk';
import { FetchHttpClient } from '@shlinkio/shlink-js-sdk/fetch';
import { ShlinkWebComponent } from '@shlinkio/shlink-web-component';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';

const params = new URLSearchParams(window.location.search);
const baseUrl = params.get('server') ?? sessionStorage.getItem('server');
const apiKey = params.get('key') ?? sessionStorage.getItem('key');
sessionStorage.setItem('server', baseUrl);
sessionStorage.setItem('key', apiKey);

const apiClient = new ShlinkApiClient(new FetchHttpClient(), { baseUrl, apiKey });
const root = createRoot(document.getElementById('root'));

// The web client asks the server for its version (health) and passes it to the component.
apiClient.health().then(
  (health) => {
    window.__serverVersion = health.version;
    root.render(
      <BrowserRouter>
        <Routes>
          <Route
            path="/app/*"
            element={<ShlinkWebComponent serverVersion={health.version} apiClient={apiClient} routesPrefix="/app" />}
          />
        </Routes>
      </BrowserRouter>,
    );
  },
  (error) => {
    window.__healthError = String(error?.message ?? JSON.stringify(error));
    root.render(<pre id="health-error">health failed: {window.__healthError}</pre>);
  },
);
