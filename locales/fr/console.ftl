# Canton Guide — console web des commerçants et du personnel du tourisme. Les erreurs de champ reprennent les messages de l’API de main.ftl.

## Cadre de chaque page

console-brand = Console Canton Guide
console-skip-to-content = Aller au contenu principal
console-nav-label = Console
console-nav-sign-in = Se connecter
console-nav-sign-up = Créer un compte commerçant
console-nav-listings = Mes fiches
console-nav-staff = Accueil du personnel
console-signed-in-as = Connecté en tant que { $email }
console-sign-out = Se déconnecter
console-language = Langue
console-language-apply = Changer
console-footer = Canton Guide aide les visiteurs étrangers à se repérer à Canton.
console-role-visitor = visiteur
console-role-merchant = commerçant
console-role-curator = curateur
console-role-admin = administrateur

## Connexion

console-sign-in-title = Se connecter
console-sign-in-intro = Pour les commerçants et le personnel du tourisme de Canton Guide.
console-field-email = Adresse e-mail
console-field-password = Mot de passe
console-sign-in-submit = Se connecter
console-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect.
console-sign-in-limited = { $minutes ->
    [one] Trop de tentatives de connexion. Veuillez patienter une minute, puis réessayer.
   *[other] Trop de tentatives de connexion. Veuillez patienter { $minutes } minutes, puis réessayer.
}
console-sign-in-no-account = Nouveau sur Canton Guide ?
console-sign-in-create = Créer un compte commerçant
console-notice-signed-out = Vous êtes déconnecté.
console-notice-session-ended = Votre session a pris fin. Veuillez vous reconnecter.
console-notice-sign-in-required = Connectez-vous pour ouvrir cette page.

## Inscription

console-sign-up-title = Créer un compte commerçant
console-sign-up-intro = Inscrivez votre boutique, votre restaurant ou votre établissement pour que les visiteurs étrangers le trouvent. Les curateurs du guide vérifient chaque fiche avant sa mise en ligne.
console-field-display-name = Votre nom ou celui de votre commerce (facultatif)
console-field-password-new = Mot de passe
console-field-password-hint = Au moins { $min } caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.
console-sign-up-submit = Créer le compte
console-sign-up-have-account = Déjà inscrit ?
console-sign-up-sign-in = Se connecter
console-sign-up-limited = { $minutes ->
    [one] Trop de comptes ont été créés depuis ce réseau. Veuillez réessayer dans une minute.
   *[other] Trop de comptes ont été créés depuis ce réseau. Veuillez réessayer dans { $minutes } minutes.
}
console-form-has-errors = Veuillez corriger les champs signalés ci-dessous.
console-error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.

## Fiches du commerçant

console-listings-title = Mes fiches
console-listings-intro = Chaque fiche indique où elle en est : brouillon visible de vous seul, en attente de vérification, en ligne dans le guide, ou refusée, avec la raison donnée par le curateur.
console-listings-empty = Vous n’avez encore aucune fiche.
console-listings-older = Fiches plus anciennes
console-status-label = Statut
console-status-draft = Brouillon
console-status-pending = En attente de vérification
console-status-live = En ligne
console-status-live-pending = En ligne ; vos modifications attendent la vérification
console-status-rejected = Refusée
console-status-live-rejected = En ligne ; vos modifications ont été refusées
console-reason = Raison du curateur :
console-reason-note = Note du curateur :
console-updated = Dernière modification
console-unnamed = (pas encore de nom)

## Accueil du personnel

console-staff-title = Accueil du personnel
console-staff-intro = Vous êtes connecté en tant que { $role }.
console-staff-queue = En attente de vérification
console-staff-queue-empty = Rien n’attend de vérification.
console-staff-queue-count = { $count ->
    [one] Une soumission attend d’être vérifiée.
   *[other] { $count } soumissions attendent d’être vérifiées.
}
console-staff-queue-more = D’autres soumissions attendent ; voici les { $shown } plus anciennes.
console-staff-submitted = Soumise le

## Pages d’erreur

console-problem-code = Erreur { $status }
console-problem-home = Aller à l’accueil de la console
console-problem-not-found-title = Page introuvable
console-problem-not-found-detail = Il n’y a pas de page à cette adresse. Vérifiez le lien ou repartez de l’accueil de la console.
console-problem-forbidden-title = Accès refusé
console-problem-forbidden-detail = Cette page n’est pas ouverte à votre compte ({ $role }).
console-problem-visitor-detail = La console est destinée aux commerçants et au personnel du tourisme. Votre compte est un compte visiteur : utilisez plutôt l’application Canton Guide.
console-problem-csrf-title = Ce formulaire a expiré
console-problem-csrf-detail = Le formulaire n’a pas été envoyé depuis une page ouverte de la console, ou il est trop ancien. Revenez en arrière, rechargez la page et renvoyez-le.
console-problem-bad-request-title = La demande n’a pas été comprise
console-problem-bad-request-detail = Un élément de l’adresse ou du formulaire n’a pas été compris. Revenez en arrière et réessayez.
console-problem-bad-language-title = Langue non disponible
console-problem-bad-language-detail = « { $value } » ne fait pas partie des langues de la console. Choisissez l’une de celles-ci :
console-problem-bad-cursor-detail = Ce lien de page n’est pas valide. Repartez de la première page de vos fiches.
console-problem-too-large-detail = Le formulaire dépasse les { $max } octets acceptés par la console.
console-problem-internal-title = Un problème est survenu de notre côté
console-problem-internal-detail = La page n’a pas pu être affichée. Veuillez réessayer dans un instant.
