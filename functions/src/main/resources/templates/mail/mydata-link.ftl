<#-- The "Mes données" link, sent only if a record holds the address: what it opens, for how long, and what to do
     if the person asked for nothing. -->
<@m.message subject="Vos données à la conciergerie solidaire : votre lien">
<@m.p>Bonjour,</@m.p>
<@m.p>Vous avez demandé à voir les données que nous gardons sous cette adresse électronique. Ce lien personnel vous les montre, vous permet de les télécharger et de les effacer${"\xA0"}; il fonctionne pendant ${minutes}${"\xA0"}minutes${"\xA0"}: <@m.link href=link>voir mes données</@m.link>.</@m.p>
<@m.p>Ne transmettez pas ce lien. Si vous n'avez rien demandé, ignorez ce message${"\xA0"}: personne ne verra vos données sans lui.</@m.p>
<@m.p>Pour toute question, répondez à ce message ou appelez le ${organisationPhone}.</@m.p>
<@m.p>${organisationName}</@m.p>
</@m.message>
