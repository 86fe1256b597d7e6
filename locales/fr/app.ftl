# Textes des écrans de l’application (modèles de vue de guide-core). Les mots communs sont dans main.ftl.

app-title-explore = Explorer
app-title-zones = Quartiers commerçants
app-title-routes = Itinéraires
app-title-planner = Planificateur de voyage
app-title-refund = Détaxe
app-title-saved = Enregistrés
app-title-settings = Réglages
app-offline-banner = Hors ligne : guide enregistré sur ce téléphone
app-no-data = Pas encore de guide hors ligne. Connectez-vous une fois à Internet pour le télécharger.
app-error-offline = Vous êtes hors ligne. Le guide enregistré fonctionne toujours.
app-explore-empty = Aucun lieu ne correspond à ces filtres.
app-place-count = { $count ->
    [one] { $count } lieu
   *[other] { $count } lieux
}
app-stop-count = { $count ->
    [one] { $count } étape
   *[other] { $count } étapes
}
app-duration-hm = { $hours } h { $minutes } min
app-stay = Rester { $duration }
app-leg = { $mode }, { $duration }
app-price = { $amount } ¥
app-date = { $weekday } { $day } { $month }
app-date-time = { $date } { $time }
app-weekday-1 = lun.
app-weekday-2 = mar.
app-weekday-3 = mer.
app-weekday-4 = jeu.
app-weekday-5 = ven.
app-weekday-6 = sam.
app-weekday-7 = dim.
app-month-1 = janv.
app-month-2 = févr.
app-month-3 = mars
app-month-4 = avr.
app-month-5 = mai
app-month-6 = juin
app-month-7 = juil.
app-month-8 = août
app-month-9 = sept.
app-month-10 = oct.
app-month-11 = nov.
app-month-12 = déc.
app-hours-unknown = Horaires inconnus
app-transit-eligible = Vous pouvez entrer sans visa
app-transit-not-eligible = Ce voyage nécessite un visa
app-transit-deadline = Quittez la Chine continentale avant le { $time }
app-countdown = Il reste { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} { $hours } h
app-countdown-over = Le séjour sans visa est terminé
app-plan-summary = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, { $visits ->
    [one] { $visits } visite
   *[other] { $visits } visites
}
app-plan-leave = Partir pour le port à { $time }
app-plan-empty = Vérifiez l’exemption de visa ou indiquez une heure de départ pour créer un programme.
app-role-visit = Visite
app-role-lunch = Déjeuner
app-role-dinner = Dîner
app-role-night = Soirée
app-refund-spent = Dépensé : { $amount }
app-refund-estimate = Détaxe estimée : { $amount }
app-refund-instant = Déjà remboursé en magasin : { $amount }
app-refund-collect = À récupérer au départ : { $amount }
app-refund-empty = Ajoutez vos achats avec bordereau de détaxe pour suivre votre remboursement.
app-refund-not-eligible = Sous le minimum pour ce magasin ce jour-là
app-saved-empty = Rien d’enregistré pour l’instant.
app-saved-pending = Enregistré sur ce téléphone ; synchronisé une fois en ligne et connecté
app-settings-language = Langue
app-settings-offline = Guide hors ligne
app-settings-synced = { $count ->
    [one] { $count } lieu enregistré
   *[other] { $count } lieux enregistrés
}, mis à jour { $time }
app-settings-never = Pas encore téléchargé
app-settings-account = Compte
app-settings-signed-in = Connecté : favoris et itinéraires synchronisés
app-settings-signed-out = Non connecté (la consultation ne demande pas de compte)
app-sync-updated = Guide mis à jour : { $changed } modifications
app-sync-current = Le guide est à jour
app-source-checked = { $url } (vérifié le { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = Rechercher des lieux
app-label-back = Retour
app-label-driver-show = Montrer au chauffeur de taxi
app-label-close = Fermer
app-label-favorite-add = Enregistrer
app-label-favorite-remove = Retirer des favoris
app-label-map-amap = Amap
app-label-map-apple = Plans d’Apple
app-label-map-google = Google Maps
app-label-nationality = Pays du passeport
app-label-entry-port = Aéroport ou port d’arrivée
app-label-entry-at = Heure d’arrivée
app-label-origin = En provenance de
app-label-destination = À destination de
app-label-departure = Heure de départ
app-label-check = Vérifier l’entrée sans visa
app-label-interests = Centres d’intérêt
app-interest-food = Gastronomie
app-interest-shopping = Shopping
app-interest-night = Scènes nocturnes
app-interest-heritage = Patrimoine
app-interest-culture = Culture
app-interest-nature = Nature
app-interest-family = Famille
app-label-plan = Planifier mes journées
app-label-store = Magasin
app-label-date = Date d’achat
app-label-amount = Montant en yuans (TVA comprise)
app-label-vat = Taux de TVA (%)
app-label-instant = Remboursé en magasin
app-label-add = Ajouter un achat
app-label-remove = Retirer
app-label-checklist = Avant de partir
app-label-sync = Mettre à jour le guide
