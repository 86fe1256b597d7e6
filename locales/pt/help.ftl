# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Emergência
help-category-hotline = Linhas de apoio
help-category-consulate = Consulados
help-category-hospital = Hospitais e clínicas
help-police-name = Polícia
help-police-note = Crime, perigo ou qualquer emergência. Gratuito de qualquer telefone.
help-fire-name = Bombeiros e resgate
help-fire-note = Incêndio, fuga de gás, pessoas presas.
help-ambulance-name = Ambulância
help-ambulance-note = Doença ou ferimento grave. O transporte de ambulância é pago.
help-traffic-police-name = Polícia de trânsito
help-traffic-police-note = Acidentes rodoviários.
help-hotline-12345-name = Linha de serviços do governo de Cantão
help-hotline-12345-note = Pedidos de informação e reclamações sobre serviços públicos (não emergências).
help-multilingual-960169-name = Linha multilíngue de serviços públicos de Cantão
help-multilingual-960169-note = Interpretação numa chamada a três com serviços públicos, 12345, 110, 119 ou 120: inglês a qualquer hora, japonês e coreano das 9:00 às 21:00.
help-health-12320-name = Linha de saúde de Cantão
help-health-12320-note = Questões de saúde e marcações hospitalares.
help-consulate-us-name = Consulado-Geral dos Estados Unidos em Cantão
help-consulate-us-note = Apoio a cidadãos norte-americanos: perda de passaporte, detenção, emergências.
help-consulate-es-name = Consulado-Geral de Espanha em Cantão
help-consulate-es-note = Apoio a cidadãos espanhóis: perda de passaporte, detenção, emergências.
help-consulate-kw-name = Consulado-Geral do Kuwait em Cantão
help-consulate-kw-note = Apoio a cidadãos kuwaitianos: perda de passaporte, detenção, emergências.
