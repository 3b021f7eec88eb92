# Static server for the built app; unknown paths get index.html (client-side routes).
import http.server, os, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dist')
class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=root, **k)
    def send_head(self):
        path = self.translate_path(self.path)
        if not os.path.exists(path):
            self.path = '/index.html'
        return super().send_head()
    def log_message(self, *a):
        pass
server = http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Handler)
print(f'serving on {server.server_address[1]}', flush=True)
server.serve_forever()
