import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Express } from 'express'

/** Listens on a port the OS picks; returns the base URL and a closer. */
export const listen = (app: Express): Promise<{ url: string; close: () => Promise<void> }> =>
  new Promise((resolve) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
