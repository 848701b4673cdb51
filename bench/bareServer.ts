/** The ceiling: Node's http module answering one fixed page (the lesson's own HTML). */
import { readFileSync } from 'node:fs'
import http from 'node:http'

const page = readFileSync(process.argv[2]!)
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length })
  res.end(page)
})
server.listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'))
