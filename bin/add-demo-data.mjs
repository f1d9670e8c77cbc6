// Adds the demo users and contracts (realm-export/src/main/resources/mdrive-demo-data.json) to the
// running realm mdrive over the admin REST API, for bin/start: Keycloak's start-up import creates a
// realm, it never adds to one, and the production export holds no demo data. What is there already
// is left as it is, so a second start changes nothing.
// Usage: node bin/add-demo-data.mjs <base URL> <demo data file>; admin login from KC_BOOTSTRAP_ADMIN_*.
import { readFileSync } from "node:fs";

const [base, file] = process.argv.slice(2);
const demo = JSON.parse(readFileSync(file, "utf8"));
const admin = `${base}/admin/realms/mdrive`;

async function call(method, url, body, token) {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  }
  return response;
}

const login = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
  method: "POST",
  body: new URLSearchParams({
    grant_type: "password",
    client_id: "admin-cli",
    username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? "admin",
    password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? "admin",
  }),
});
if (!login.ok) {
  throw new Error(`admin login: ${login.status} ${await login.text()}`);
}
const token = (await login.json()).access_token;

const users = await call("POST", `${admin}/partialImport`, { ifResourceExists: "SKIP", users: demo.users }, token);
const added = (await users.json()).added;

const present = new Set((await (await call("GET", `${admin}/organizations?first=0&max=1000`, undefined, token)).json()).map((o) => o.alias));
const idByUsername = new Map(demo.users.map((u) => [u.username, u.id]));
const contracts = demo.organizations.filter((contract) => !present.has(contract.alias));
for (const { members, ...contract } of contracts) {
  const created = await call("POST", `${admin}/organizations`, contract, token);
  const id = created.headers.get("location").split("/").pop();
  for (const member of members) {
    await call("POST", `${admin}/organizations/${id}/members`, idByUsername.get(member.username), token);
  }
}
console.log(`Demo data: added ${added} users and ${contracts.length} contracts; what was there already stays as it is.`);
