<#-- The manual's name of a login method: ours by key, any other provider by its display name. -->
<#function name method displayName="">
    <#local key = "mdrive.method." + method>
    <#local label = msg(key)>
    <#return (label == key)?then((displayName?has_content)?then(displayName, method), label)>
</#function>
