<#ftl output_format="HTML">
<#-- The building blocks of an e-mail's HTML part; mail/text.ftl writes the same blocks as plain text. Every value is
     escaped: what a visitor typed never becomes markup. -->
<#macro message subject><#global mailSubject = subject><!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${subject}</title>
</head>
<body>
<#nested>
</body>
</html>
</#macro>
<#-- A paragraph. -->
<#macro p><p><#nested></p>
</#macro>
<#-- A heading inside the message. -->
<#macro h><h2 style="font-size:1.1em"><#nested></h2>
</#macro>
<#-- A list of items (plain texts). -->
<#macro list items><ul>
<#list items as item><li>${item}</li>
</#list></ul>
</#macro>
<#-- Labelled values, in order ("Comptoir : ..."); a value's line breaks are kept. -->
<#macro details items><dl>
<#list items as label, value><dt><strong>${label}</strong></dt><dd>${value?esc?markup_string?replace("\n", "<br>\n")?no_esc}</dd>
</#list></dl>
</#macro>
<#-- A link, written out in full in the text part. -->
<#macro link href><a href="${href}"><#nested></a></#macro>
