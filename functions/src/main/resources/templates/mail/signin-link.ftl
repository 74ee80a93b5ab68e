<#-- To a member who asked to sign in: the link, how long it works, and what to do if they did not ask. Sent only to a
     member's address (the request's answer never says whether it was one). -->
<@m.message subject="Votre lien de connexion à l'espace de l'équipe">
<@m.p>Bonjour ${name},</@m.p>
<@m.p>Pour ouvrir votre session dans l'espace de l'équipe de ${organisation}, suivez ce lien puis appuyez sur le bouton «${"\xA0"}Ouvrir ma session${"\xA0"}»${"\xA0"}:</@m.p>
<@m.p><@m.link href=link>Ouvrir ma session</@m.link></@m.p>
<@m.p>Ce lien fonctionne une seule fois, pendant ${minutes}${"\xA0"}minutes. Ensuite, demandez-en un nouveau depuis la page de connexion.</@m.p>
<@m.p>Si vous n'avez pas demandé à vous connecter, ignorez ce message${"\xA0"}: personne ne peut ouvrir de session sans ce lien.</@m.p>
<@m.p>${organisation}</@m.p>
</@m.message>
