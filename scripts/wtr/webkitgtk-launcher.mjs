// WebKitGTK (Safari's engine) through WebDriver. MiniBrowser has no headless mode, so the driver
// runs under xvfb-run; this launcher starts both before the first test and stops them after.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export class WebKitGtkLauncher extends WebdriverLauncher {
  /** @param {string} miniBrowser path of the MiniBrowser binary */
  constructor(miniBrowser) {
    const options = {
      hostname: '127.0.0.1',
      port: 0, // set in initialize(), once a free port is known
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    };
    super(options);
    this.driverOptions = options;
  }

  async initialize(config) {
    const port = await freePort();
    this.driverOptions.port = port;
    // detached: xvfb-run forks Xvfb and the driver; killing the process group stops all of them.
    this.driverProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
      env: process.env,
    });
    const stopDriver = () => this.killDriver();
    process.once('exit', stopDriver);
    await waitForPort(port, 20_000);
    await super.initialize(config);
    this.name = 'WebKit'; // the base class derives a label from browserName, which WebKitGTK must not set
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.killDriver();
    }
  }

  killDriver() {
    if (this.driverProcess?.pid && this.driverProcess.exitCode === null) {
      try {
        process.kill(-this.driverProcess.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not open port ${port} within ${timeoutMs} ms.`);
}
