<#ftl output_format="plainText">
<#-- The building blocks of an e-mail's text part; mail/html.ftl writes the same blocks as HTML. -->
<#macro message subject><#global mailSubject = subject><#nested></#macro>
<#macro p><#local content><#nested></#local>${content?trim?replace("\\s*\\n\\s*", " ", "r")}${"\n\n"}</#macro>
<#macro h><#local content><#nested></#local>${content?trim}${"\n\n"}</#macro>
<#macro list items><#list items as item>- ${item}${"\n"}</#list>${"\n"}</#macro>
<#macro details items><#list items as label, value>${label}${"\xA0"}: ${value}${"\n"}</#list>${"\n"}</#macro>
<#macro link href><#nested> (${href})</#macro>
