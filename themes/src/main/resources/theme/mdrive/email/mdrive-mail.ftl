<#--
  R-SEC-4: what the HTML and text mails share. Mails carry no markup from input: HTML parts escape
  every value (the theme's output format is HTML, and nothing here turns that off), and what users
  or admins typed passes through typed(), which makes control, format and line-separator characters
  a space, so a stored value cannot start a line of its own (one that looks like a link) in either part.
-->
<#function typed value>
    <#return value?replace(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+", " ", "r")>
</#function>
<#-- A message of several lines in an HTML part: each line escaped, joined with <br>. -->
<#macro lines text><#list text?split("\n") as line>${line}<#sep><br></#sep></#list></#macro>
