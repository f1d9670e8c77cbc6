<#-- Imported by pages where the address is no longer the question (2-step verification, reset,
     done and refusal pages, the settings pages): keycloak.v2 shows its read-only address box with a
     restart icon whenever auth has content, and there it only looks like a field to fill in. -->
<#global auth = {}>
