# Canton Guide — console web para comerciantes e equipe de turismo. Os erros de campo reutilizam as mensagens da API em main.ftl.

## Moldura de cada página

console-brand = Console do Canton Guide
console-skip-to-content = Pular para o conteúdo principal
console-nav-label = Console
console-nav-sign-in = Entrar
console-nav-sign-up = Criar conta de comerciante
console-nav-listings = Meus cadastros
console-nav-staff = Início da equipe
console-signed-in-as = Conectado como { $email }
console-sign-out = Sair
console-language = Idioma
console-language-apply = Trocar
console-footer = O Canton Guide ajuda visitantes estrangeiros a se orientar em Guangzhou.
console-role-visitor = visitante
console-role-merchant = comerciante
console-role-curator = curador
console-role-admin = administrador

## Entrar

console-sign-in-title = Entrar
console-sign-in-intro = Para comerciantes e a equipe de turismo do Canton Guide.
console-field-email = E-mail
console-field-password = Senha
console-sign-in-submit = Entrar
console-sign-in-failed = O e-mail ou a senha não estão corretos.
console-sign-in-limited = { $minutes ->
    [one] Tentativas de entrada demais. Aguarde um minuto e tente novamente.
   *[other] Tentativas de entrada demais. Aguarde { $minutes } minutos e tente novamente.
}
console-sign-in-no-account = Novo no Canton Guide?
console-sign-in-create = Criar conta de comerciante
console-notice-signed-out = Você saiu.
console-notice-session-ended = Sua sessão terminou. Entre novamente.
console-notice-sign-in-required = Entre para abrir esta página.

## Cadastro

console-sign-up-title = Criar conta de comerciante
console-sign-up-intro = Cadastre sua loja, restaurante ou estabelecimento para que visitantes estrangeiros o encontrem. Os curadores do guia revisam cada cadastro antes de publicá-lo.
console-field-display-name = Seu nome ou o nome do seu negócio (opcional)
console-field-password-new = Senha
console-field-password-hint = Pelo menos { $min } caracteres. Algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.
console-sign-up-submit = Criar conta
console-sign-up-have-account = Já tem cadastro?
console-sign-up-sign-in = Entrar
console-sign-up-limited = { $minutes ->
    [one] Contas demais foram criadas a partir desta rede. Tente novamente em um minuto.
   *[other] Contas demais foram criadas a partir desta rede. Tente novamente em { $minutes } minutos.
}
console-form-has-errors = Corrija os campos marcados abaixo.
console-error-email-taken = Já existe uma conta com este e-mail. Entre com ela.

## Cadastros do comerciante

console-listings-title = Meus cadastros
console-listings-intro = Cada cadastro mostra sua situação: rascunho que só você vê, aguardando revisão, publicado no guia ou não aceito, com o motivo do revisor.
console-listings-empty = Você ainda não tem cadastros.
console-listings-older = Cadastros anteriores
console-status-label = Situação
console-status-draft = Rascunho
console-status-pending = Aguardando revisão
console-status-live = Publicado
console-status-live-pending = Publicado; suas alterações aguardam revisão
console-status-rejected = Não aceito
console-status-live-rejected = Publicado; suas alterações não foram aceitas
console-reason = Motivo do revisor:
console-reason-note = Observação do revisor:
console-updated = Última alteração
console-unnamed = (ainda sem nome)

## Início da equipe

console-staff-title = Início da equipe
console-staff-intro = Você entrou como { $role }.
console-staff-queue = Aguardando revisão
console-staff-queue-empty = Nada aguarda revisão.
console-staff-queue-count = { $count ->
    [one] Um envio aguarda revisão.
   *[other] { $count } envios aguardam revisão.
}
console-staff-queue-more = Há mais envios aguardando; estes são os { $shown } mais antigos.
console-staff-submitted = Enviado em

## Páginas de erro

console-problem-code = Erro { $status }
console-problem-home = Ir para o início do console
console-problem-not-found-title = Página não encontrada
console-problem-not-found-detail = Não há página neste endereço. Verifique o link ou recomece pelo início do console.
console-problem-forbidden-title = Não permitido
console-problem-forbidden-detail = Esta página não está aberta à sua conta ({ $role }).
console-problem-visitor-detail = O console é para comerciantes e a equipe de turismo. Sua conta é de visitante: use o aplicativo Canton Guide.
console-problem-csrf-title = Este formulário expirou
console-problem-csrf-detail = O formulário não foi enviado de uma página aberta do console ou é antigo demais. Volte, recarregue a página e envie de novo.
console-problem-bad-request-title = A solicitação não foi entendida
console-problem-bad-request-detail = Algo no endereço ou no formulário não foi entendido. Volte e tente novamente.
console-problem-bad-language-title = Idioma indisponível
console-problem-bad-language-detail = “{ $value }” não é um dos idiomas do console. Escolha um destes:
console-problem-bad-cursor-detail = Este link de página não é válido. Recomece pela primeira página dos seus cadastros.
console-problem-too-large-detail = O formulário é maior que os { $max } bytes aceitos pelo console.
console-problem-internal-title = Algo deu errado do nosso lado
console-problem-internal-detail = Não foi possível mostrar a página. Tente novamente daqui a pouco.
