"""A small DevTools-protocol client for headless Chromium over
--remote-debugging-pipe (file descriptors 3 and 4, NUL-separated JSON)."""
import base64
import json
import os
import subprocess
import time


class Browser:
    def __init__(self, binary, profile, extra_args=()):
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # Out of the way of 3 and 4, so that the dup2s below cannot clash.
        high = [os.dup2(fd, 100 + i, inheritable=True) for i, fd in enumerate((to_browser_r, from_browser_w))]
        for fd in (to_browser_r, from_browser_w):
            os.close(fd)

        def child_fds():
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        args = [binary, '--headless=new', '--remote-debugging-pipe', '--no-first-run', '--no-default-browser-check',
                '--disable-gpu', '--disable-extensions', '--disable-background-networking', '--no-sandbox',
                '--user-data-dir=' + profile, *extra_args, 'about:blank']
        self.process = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=child_fds,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in high:
            os.close(fd)
        self.out = os.fdopen(to_browser_w, 'wb', buffering=0)
        self.inp = os.fdopen(from_browser_r, 'rb', buffering=0)
        self.buffer = b''
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.call('Browser.close', session=False)
        except Exception:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def _read_message(self):
        while b'\0' not in self.buffer:
            chunk = os.read(self.inp.fileno(), 1 << 20)
            if not chunk:
                raise RuntimeError('chromium closed the pipe')
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b'\0', 1)
        return json.loads(message)

    def call(self, method, params=None, session=True):
        self.next_id += 1
        message = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session and self.session:
            message['sessionId'] = self.session
        self.out.write(json.dumps(message).encode() + b'\0')
        while True:
            reply = self._read_message()
            if reply.get('id') == self.next_id:
                if 'error' in reply:
                    raise RuntimeError('%s: %s' % (method, reply['error']))
                return reply.get('result', {})
            self.events.append(reply)

    def open_page(self):
        target = self.call('Target.createTarget', {'url': 'about:blank'}, session=False)['targetId']
        self.session = self.call('Target.attachToTarget', {'targetId': target, 'flatten': True},
                                 session=False)['sessionId']
        self.call('Page.enable')
        self.call('Runtime.enable')

    def navigate(self, url):
        self.call('Page.navigate', {'url': url})
        self.wait_for("document.readyState === 'complete'")

    def evaluate(self, expression):
        result = self.call('Runtime.evaluate', {'expression': expression, 'awaitPromise': True,
                                                'returnByValue': True})
        if 'exceptionDetails' in result:
            raise RuntimeError('%s: %s' % (expression, result['exceptionDetails']))
        return result['result'].get('value')

    def wait_for(self, expression, timeout=15.0):
        """Polls a JavaScript condition; returns how long it took, or raises."""
        start = time.monotonic()
        while True:
            try:
                if self.evaluate(expression):
                    return time.monotonic() - start
            except RuntimeError:
                pass
            if time.monotonic() - start > timeout:
                raise AssertionError('still false after %.0f s: %s' % (timeout, expression))
            time.sleep(0.02)

    def screenshot(self, path):
        data = self.call('Page.captureScreenshot', {'format': 'png', 'captureBeyondViewport': True})['data']
        with open(path, 'wb') as f:
            f.write(base64.b64decode(data))

    def viewport(self, width, height, mobile=False):
        self.call('Emulation.setDeviceMetricsOverride', {'width': width, 'height': height,
                                                         'deviceScaleFactor': 1, 'mobile': mobile})

    def set_file(self, selector, path):
        root = self.call('DOM.getDocument')['root']['nodeId']
        node = self.call('DOM.querySelector', {'nodeId': root, 'selector': selector})['nodeId']
        self.call('DOM.setFileInputFiles', {'nodeId': node, 'files': [path]})

    def allow_downloads(self, folder):
        """Files the page downloads land in `folder` under the names the hub gave them."""
        self.call('Browser.setDownloadBehavior', {'behavior': 'allow', 'downloadPath': folder}, session=False)
