# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Urgences
help-category-hotline = Lignes d’assistance
help-category-consulate = Consulats
help-category-hospital = Hôpitaux et cliniques
help-police-name = Police
help-police-note = Crime, danger ou toute urgence. Gratuit depuis n’importe quel téléphone.
help-fire-name = Pompiers et secours
help-fire-note = Incendie, fuite de gaz, personnes bloquées.
help-ambulance-name = Ambulance
help-ambulance-note = Maladie ou blessure grave. Le transport en ambulance est payant.
help-traffic-police-name = Police de la circulation
help-traffic-police-note = Accidents de la route.
help-hotline-12345-name = Ligne des services publics de Canton
help-hotline-12345-note = Questions et réclamations sur les services publics (hors urgences).
help-multilingual-960169-name = Ligne multilingue des services publics de Canton
help-multilingual-960169-note = Interprétation lors d’un appel à trois avec les services publics, le 12345, le 110, le 119 ou le 120 : anglais à toute heure, japonais et coréen de 9 h à 21 h.
help-health-12320-name = Ligne santé de Canton
help-health-12320-note = Questions de santé et rendez-vous à l’hôpital.
help-consulate-us-name = Consulat général des États-Unis à Canton
help-consulate-us-note = Aide aux citoyens américains : perte de passeport, arrestation, urgences.
help-consulate-es-name = Consulat général d’Espagne à Canton
help-consulate-es-note = Aide aux citoyens espagnols : perte de passeport, arrestation, urgences.
help-consulate-kw-name = Consulat général du Koweït à Canton
help-consulate-kw-note = Aide aux citoyens koweïtiens : perte de passeport, arrestation, urgences.
