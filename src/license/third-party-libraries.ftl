<#-- The About dialog's table of bundled libraries (dev.productscope.ui.help.ThirdPartyLibraries reads it):
     one library a line, tab-separated: groupId, artifactId, version, name, url, licences joined by " | ". -->
<#function clean text>
    <#return text?replace("[\t\r\n]+", " ", "r")?trim>
</#function>
# Generated at build time by license-maven-plugin from src/license/third-party-libraries.ftl: do not edit.
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}	${p.artifactId}	${p.version}	${clean(p.name!p.artifactId)}	${clean(p.url!"")}	${e.getValue()?join(" | ")}
</#list>
