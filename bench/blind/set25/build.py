#!/usr/bin/env python3
"""Build blind set 25 (software help-centre / knowledge-base articles, profile docs). Standard library only.

In the texts below `¤` stands for U+00A0 (no-break space) and `§` for U+202F
(narrow no-break space). Artefacts: (category, side, paragraph, excerpt, note[, occurrence]).
Beads: None = all 1-1, else a list of (source indices, target indices).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def fix(s):
    return s.replace("¤", "\u00a0").replace("§", "\u202f")


PAGES = []

# 1 ------------------------------------------------------------------ en -> fr
PAGES.append(dict(
    folder="ostrica-saml-sso", src="en", tgt="fr",
    source=[
        "Set up single sign-on (SSO) with SAML in Ostrica Workspace",
        "Single sign-on lets your team sign in to Ostrica Workspace with the accounts they already use at work. Ostrica supports SAML 2.0 with any identity provider (IdP), including Okta, Microsoft Entra ID and OneLogin. SSO is available on the Business and Enterprise plans.",
        "Before you begin, make sure that you are an organization owner and that you can create a new application in your IdP\u2019s admin console.",
        "1. In Ostrica, go to **Admin > Security > Single sign-on** and click **Configure SAML**.",
        "2. Copy the **Assertion Consumer Service (ACS) URL** and the **Entity ID** shown on the page. The ACS URL has the form `https://{workspace}.ostrica.example/saml/acs`.",
        "3. In your IdP, create a new SAML application and paste both values. Set **Name ID format** to `emailAddress`.",
        "4. Download the IdP metadata file (`metadata.xml`) and upload it in Ostrica under **Identity provider metadata**.",
        "5. Map the attributes `email`, `firstName` and `lastName`. Attribute names are case-sensitive.",
        "6. Click **Test connection**. A new tab opens and signs you in through your IdP; if the test succeeds, click **Enforce SSO**.",
        "**Warning:** Once SSO is enforced, members can no longer sign in with a password. Keep at least one owner account outside SSO so that you can recover access if your IdP is down.",
        "The signing certificate from your IdP is valid for 3 years. Ostrica sends a reminder to all owners 30 days before it expires.",
        "If sign-in fails with the error `SAML-401: audience mismatch`, check that the Entity ID in your IdP matches the one in Ostrica exactly, including the trailing slash.",
        "For a step-by-step video, see https://learn.ostrica.example/sso.",
    ],
    target=[
        "Configurer l’authentification unique (SSO) avec SAML dans Ostrica Workspace",
        "L’authentification unique permet à votre équipe de se connecter à Ostrica Workspace avec les comptes qu’elle utilise déjà au travail. Ostrica prend en charge SAML 2.0 avec n’importe quel fournisseur d’identité (IdP), notamment Okta, Microsoft Entra ID et OneLogin. Le SSO est disponible avec les forfaits Business et Enterprise.",
        "Avant de commencer, assurez-vous que vous êtes propriétaire de l’organisation et que vous pouvez créer une application dans la console d’administration de votre IdP.",
        "1. Dans Ostrica, accédez à **Administration > Sécurité > Authentification unique** et cliquez sur **Configurer SAML**.",
        "2. Copiez l’**URL du service consommateur d’assertions (ACS)** et l’**ID d’entité** affichés sur la page. L’URL ACS se présente sous la forme `https://{espace}.ostrica.example/saml/acs`.",
        "3. Dans votre IdP, créez une application SAML et collez les deux valeurs. Réglez **Name ID format** sur `emailAddress`.",
        "4. Téléchargez le fichier de métadonnées de l’IdP (`métadonnées.xml`) et importez-le dans Ostrica sous **Métadonnées du fournisseur d’identité**.",
        "5. Mappez les attributs `email`, `firstName` et `lastName`. Les noms d’attributs sont sont sensibles à la casse.",
        "6. Cliquez sur **Tester la connexion**. Un nouvel onglet s’ouvre et vous connecte via votre IdP ; si le test réussit, cliquez sur **Imposer le SSO**.",
        "**Avertissement¤:** une fois le SSO imposé, les membres ne peuvent plus se connecter avec un mot de passe. Conservez au moins un compte propriétaire en dehors du SSO afin de pouvoir rétablir l’accès si votre IdP est indisponible.",
        "Le certificat de signature de votre IdP est valable 3¤ans. Ostrica envoie un rappel à tous les propriétaires 13¤jours avant son expiration.",
        "Si la connexion échoue avec l’erreur `SAML-401: audience mismatch`, vérifiez que l’ID d’entité de votre IdP correspond exactement à celui d’Ostrica, y compris la barre oblique inverse finale.",
        "Pour une vidéo pas à pas, consultez https://learn.ostrica.example/sso.",
    ],
    beads=None,
    artefacts=[
        ("markup", "target", 4, "{espace}", "placeholder {workspace} translated inside the URL code span"),
        ("untranslated", "target", 5, "Name ID format", "field label left in English while every other label is translated"),
        ("markup", "target", 6, "métadonnées.xml", "file name metadata.xml translated inside code"),
        ("repetition", "target", 7, "sont sont", "doubled verb"),
        ("typography", "target", 8, "IdP ;", "plain space before the semicolon where French uses U+202F"),
        ("number", "target", 10, "13¤jours", "reminder 30 days before expiry became 13 days"),
        ("mistranslation", "target", 11, "barre oblique inverse", "'trailing slash' rendered as a backslash"),
    ],
    clean=[0, 1, 2, 3, 9, 12],
))

# 2 ------------------------------------------------------------------ en -> sv
PAGES.append(dict(
    folder="fernhill-webhooks", src="en", tgt="sv",
    source=[
        "Configure webhooks in Fernhill Shop",
        "Webhooks let Fernhill Shop notify your own server when something happens in your store, for example when an order is paid or a product runs out of stock. Each notification is an HTTP POST request with a JSON body.",
        "1. Go to **Settings > Developer > Webhooks** and click **Add endpoint**.",
        "2. Enter the endpoint URL, for example `https://api.yourshop.example/hooks/fernhill`. The URL must use HTTPS.",
        "3. Select the events you want to receive, such as `order.paid`, `order.refunded` or `inventory.low`.",
        "4. Click **Save**. Fernhill Shop generates a signing secret that starts with `whsec_`.",
        "Every request includes the header `X-Fernhill-Signature`. Compute an HMAC-SHA256 of the raw request body with your signing secret and compare the result with the signature before you trust the payload.",
        "Your endpoint must answer with a status code in the 2xx range within 10 seconds. If it does not, Fernhill Shop retries the delivery up to 8 times over 24 hours, with longer intervals each time.",
        "**Note:** If more than 15% of deliveries to an endpoint fail over 3 days, the endpoint is disabled automatically and the account owner receives an e-mail.",
        "To test your endpoint without placing a real order, click **Send test event** or use the CLI:",
        "`fernhill webhooks trigger order.paid --endpoint ep_2041`",
        "The payload limit is 1.5 MB. Larger events, such as orders with more than 1,000 line items, contain only a link to the full object.",
        "You can see every delivery attempt, with its response code and response time, under **Webhooks > Delivery log**.",
    ],
    target=[
        "Konfigurera webhooks i Fernhill Shop",
        "Med webhooks kan Fernhill Shop meddela din egen server när något händer i din butik, till exempel när en order betalas eller när en produkt tar slut i lager. Varje avisering är en HTTP POST-begäran med en JSON-brödtext.",
        "1. Gå till **Inställningar > Utvecklare > Webhooks** och klicka på **Lägg till slutpunkt**.",
        "2. Ange slutpunktens URL, till exempel `https://api.dinbutik.example/hooks/fernhill`. URL:en måste använda HTTPS.",
        "3. Välj de händelser du vill ta emot, till exempel `order.paid`, `order.refunded` eller `inventory.low`.",
        "4. Klicka på **Spara**. Fernhill Shop genererar automatiskt en signeringshemlighet som börjar med `whsec_`.",
        "Varje begäran innehåller rubriken `X-Fernhill-Signature`. Beräkna en HMAC-SHA256 av den obearbetade begärandetexten med din signeringshemlighet och jämför resultatet med signaturen innan du litar på nyttolasten.",
        "Din ändpunkt måste svara med en statuskod i 2xx-intervallet inom 10¤sekunder. Om den inte gör det försöker Fernhill Shop leverera igen upp till 8¤gånger under 24¤timmar.",
        "**Obs!** Om mer än 15% av leveranserna till en slutpunkt misslyckas under 3¤dagar inaktiveras slutpunkten automatiskt och kontoägaren får ett e-postmeddelande.",
        "Om du vill testa slutpunkten utan att lägga en riktig order klickar du på **Send test event** eller använder CLI:t:",
        "`fernhill webhooks trigger order.paid --endpoint ep_2041`",
        "Gränsen för nyttolasten är 1.5 MB. Större händelser, till exempel order med fler än 1¤000 orderrader, innehåller bara en länk till hela objektet.",
        "Du kan se varje leveransförsök, med svarskod och svarstid, under **Webhooks > Leveranslogg**.",
    ],
    beads=None,
    artefacts=[
        ("markup", "target", 3, "dinbutik", "host name of the example URL translated inside the code span"),
        ("addition", "target", 5, "automatiskt", "'automatiskt' (automatically) has no counterpart in the source"),
        ("mistranslation", "target", 6, "rubriken", "HTTP 'header' rendered as a heading/title (huvudet, headern)"),
        ("consistency", "target", 7, "ändpunkt", "'endpoint' is 'slutpunkt' everywhere else in the article"),
        ("omission", "source", 7, ", with longer intervals each time", "the clause on growing retry intervals has no counterpart"),
        ("typography", "target", 8, "15%", "percent sign glued to the number; Swedish writes 15¤%"),
        ("untranslated", "target", 9, "Send test event", "button label left in English while the other labels are translated"),
        ("number", "target", 11, "1.5 MB", "English decimal point kept; Swedish writes 1,5 MB"),
    ],
    clean=[0, 1, 2, 4, 10, 12],
))

# 3 ------------------------------------------------------------------ en -> da
PAGES.append(dict(
    folder="tellerup-api-rate-limits", src="en", tgt="da",
    source=[
        "API rate limits in Tellerup",
        "To keep the service fast for everyone, the Tellerup REST API limits how many requests each API key can make. This article explains the limits, the response headers and how to handle error 429.",
        "The standard limit is 600 requests per minute per key. Enterprise customers can request a higher limit of up to 3,000 requests per minute.",
        "Bulk endpoints such as `POST /v3/contacts/batch` count as 10 requests, because each call can create up to 250 records.",
        "Every response includes three headers:",
        "- `X-RateLimit-Limit`: the number of requests allowed in the current window.",
        "- `X-RateLimit-Remaining`: how many requests you have left.",
        "- `X-RateLimit-Reset`: the time, in Unix seconds, when the window resets.",
        "When you exceed the limit, the API returns HTTP 429 with the error code `rate_limit_exceeded`. Wait for the number of seconds given in the `Retry-After` header before you send the request again.",
        "**Tip:** Use exponential backoff: wait 1 second after the first 429, then 2, 4 and 8 seconds. Add a small random delay (jitter) so that your clients do not all retry at the same time.",
        "You can see your current usage in the dashboard under **Developers > API usage**. The chart shows the last 7 days; 99.5% of requests must succeed for the SLA to apply.",
        "If you regularly hit the limit, contact sales@tellerup.example to discuss a higher quota.",
        "See also: https://docs.tellerup.example/api/limits",
    ],
    target=[
        "Hastighedsbegrænsninger i Tellerups API",
        "Tellerups REST API begrænser, hvor mange forespørgsler hver API-nøgle kan foretage, så tjenesten forbliver hurtig for alle. Denne artikel forklarer grænserne, svarheaderne og hvordan du håndterer fejl 429.",
        "Standardgrænsen er 600 forespørgsler pr. minut pr. nøgle. Enterprise-kunder kan anmode om en højere grænse på op til 3,000 forespørgsler pr. minut.",
        "Masseendepunkter som `POST /v3/contacts/batch` tæller som 10 forespørgsler, fordi hvert kald kan oprette op til 250 plader.",
        "Hvert svar indeholder tre headere:",
        "- `X-RateLimit-Limit`: antallet af tilladte forespørgsler i det aktuelle vindue.",
        "- `X-RateLimit-Remaining`: hvor mange anmodninger du har tilbage.",
        "- `X-RateLimit-Reset: tidspunktet, i Unix-sekunder, hvor vinduet nulstilles.",
        "Når du overskrider grænsen, returnerer API'et HTTP 429 med fejlkoden `rate_limit_exceeded`. Vent det antal sekunder, der er angivet i headeren `Retry-After`, før du sender forespørgslen igen.",
        "**Tip:** Brug eksponentiel backoff: vent 1 sekund efter den første 429, derefter 2, 4 og 6 sekunder.",
        "Tilføj en lille tilfældig forsinkelse (jitter), så dine klienter ikke alle prøver igen på samme tid.",
        "Du kan se dit aktuelle forbrug i dashboardet under **Developers > API-forbrug**. Diagrammet viser de sidste 7 dage; 99,5¤% af forespørgslerne skal lykkes, for at SLA'en gælder.",
        "Hvis du jævnligt rammer grænsen, skal du kontakte sales@tellerup.example så hurtigt som muligt for at drøfte en højere kvote.",
        "Se også: https://docs.tellerup.example/api/limits",
    ],
    beads=[([i], [i]) for i in range(9)] + [([9], [9, 10])] + [([i], [i + 1]) for i in range(10, 13)],
    artefacts=[
        ("number", "target", 2, "3,000", "English thousands comma kept; in Danish 3,000 reads as three (3.000)"),
        ("mistranslation", "target", 3, "plader", "'records' (data rows) rendered as gramophone records (poster)"),
        ("consistency", "target", 6, "anmodninger", "'requests' is 'forespørgsler' everywhere else in the article"),
        ("markup", "target", 7, "`X-RateLimit-Reset", "closing backtick of the header name lost"),
        ("number", "target", 9, "6 sekunder", "backoff sequence 1, 2, 4, 8 seconds ends in 6"),
        ("untranslated", "target", 11, "Developers", "first menu level left in English while the second is translated"),
        ("addition", "target", 12, "så hurtigt som muligt", "'as soon as possible' has no counterpart in the source"),
    ],
    clean=[0, 1, 4, 5, 8, 10, 13],
))

# 4 ------------------------------------------------------------------ en -> cs
PAGES.append(dict(
    folder="mailbeck-contact-import", src="en", tgt="cs",
    source=[
        "Import contacts from a CSV file into Mailbeck",
        "You can add up to 50,000 contacts at once by importing a CSV file. Mailbeck matches the columns in your file to contact fields and skips rows that already exist. The Mailbeck app is available in English only, so buttons and menus are named below as they appear on screen.",
        "Before you import, make sure that the file is saved in UTF-8 and that the first row contains column headers such as `email`, `first_name` and `company`.",
        "1. Open **Contacts** and click **Import > From CSV file**.",
        "2. Drag the file into the window or click **Browse**. The maximum file size is 25 MB.",
        "3. On the **Map fields** screen, check that each column is matched to the right field. Columns you do not map are ignored.",
        "4. Choose what to do with duplicates: **Skip**, **Update existing** or **Create new**.",
        "5. Select a list, for example \u201cNewsletter 2026\u201d, and click **Start import**.",
        "**Note:** Only import contacts who have agreed to receive e-mail from you. Importing purchased lists violates our terms of service.",
        "Large imports run in the background. You will receive a notification when the import is complete, usually within 15 minutes.",
        "Phone numbers are stored in international format, for example +420 601 234 567. Dates must be written as YYYY-MM-DD.",
        "If a row is rejected with error `IMP-014: invalid email`, correct the address in your file and import only the rejected rows again. You can download them as `rejected_rows.csv`.",
        "Keyboard shortcut: press Ctrl+I on the **Contacts** page to open the import dialog directly.",
    ],
    target=[
        "Import kontaktů ze souboru CSV do aplikace Mailbeck",
        "Importem souboru CSV můžete najednou přidat až 50¤000 kontaktů. Mailbeck přiřadí sloupce ve vašem souboru k polím kontaktu a řádky, které již existují, přeskočí. Aplikace Mailbeck je k dispozici pouze v angličtině, proto jsou tlačítka a nabídky níže uvedeny tak, jak se zobrazují na obrazovce.",
        "Před importem se ujistěte, že je soubor uložen v kódování UTF-8 a že první řádek obsahuje záhlaví sloupců, například `e-mail`, `first_name` a `company`.",
        "1. Otevřete **Contacts** a klikněte na **Import > From CSV file**.",
        "2. Přetáhněte soubor do okna nebo klikněte na **Browse**. Maximální velikost souboru je 2,5 MB.",
        "3. Na obrazovce **Map fields** zkontrolujte zda je každý sloupec přiřazen ke správnému poli. Sloupce, které nepřiřadíte, budou ignorovány.",
        "4. Zvolte, co se má stát s duplicitami: **Přeskočit**, **Update existing** nebo **Create new**.",
        "5. Vyberte seznam, například \"Newsletter 2026\", a klikněte na **Start import**.",
        "Velké dovozy běží na pozadí. Po dokončení importu obdržíte oznámení, obvykle do 15 minut.",
        "Telefonní čísla se ukládají v mezinárodním formátu, například +420 601 234 567. Data musí být zapsána ve formátu RRRR-MM-DD.",
        "Pokud je řádek odmítnut s chybou `IMP-014: invalid email`, opravte adresu v souboru a znovu importujte pouze odmítnuté řádky. Můžete si je stáhnout jako `odmitnute_radky.csv`.",
        "Klávesová zkratka: na stránce **Contacts** stiskněte Ctrl+I a dialog importu se otevře přímo.",
    ],
    beads=[([i], [i]) for i in range(8)] + [([8], [])] + [([i], [i - 1]) for i in range(9, 13)],
    artefacts=[
        ("markup", "target", 2, "`e-mail`", "column header `email` changed inside the code span"),
        ("number", "target", 4, "2,5 MB", "maximum file size 25 MB became 2,5 MB"),
        ("punctuation", "target", 5, "zkontrolujte zda", "comma before the subordinate 'zda' clause missing (required in Czech)"),
        ("terminology", "target", 6, "Přeskočit", "label 'Skip' translated although the article says the English-only app's labels are kept"),
        ("typography", "target", 7, "\"Newsletter 2026\"", "straight English quotes; Czech uses „…“"),
        ("omission", "source", 8, "**Note:** Only import contacts who have agreed to receive e-mail from you. Importing purchased lists violates our terms of service.", "consent note dropped: no counterpart in the translation"),
        ("mistranslation", "target", 8, "dovozy", "'imports' (data imports) rendered as imports of goods (importy)"),
        ("markup", "target", 10, "odmitnute_radky.csv", "file name rejected_rows.csv translated inside code"),
    ],
    clean=[0, 1, 3, 9, 11],
))

# 5 ------------------------------------------------------------------ en -> ro
PAGES.append(dict(
    folder="quorra-billing-invoices", src="en", tgt="ro",
    source=[
        "Billing and invoices in Quorra Desk",
        "This article explains how to change your payment method, download invoices and update the billing details that appear on them. Only the account owner and users with the **Billing manager** role can see these settings.",
        "1. Click your company name in the bottom-left corner and choose **Billing**.",
        "2. Under **Payment method**, click **Update card** and enter the new card details. We accept Visa, Mastercard and American Express.",
        "3. To change the company name, address or VAT number printed on future invoices, click **Edit billing details**.",
        "4. Invoices are listed under **Invoice history**. Click **Download PDF** next to an invoice to save it.",
        "Invoices are issued on the first day of each billing period. Prices are shown in euros and include VAT where it applies; for example, the Team plan costs \u20ac12.50 per user per month.",
        "**Note:** Changes to your billing details do not affect invoices that have already been issued. To correct a past invoice, contact billing@quorra.example within 30 days.",
        "If you upgrade in the middle of a billing period, you pay only the prorated difference. For example, moving from 10 to 15 users halfway through the month adds 5 \u00d7 \u20ac6.25 to your next invoice.",
        "If a payment fails, we retry it after 3, 5 and 7 days. After the third failed attempt, the account switches to read-only mode until the balance is paid.",
        "You can also fetch invoices with the API:",
        "`GET /api/v1/invoices?status=paid&limit=20`",
        "Finance teams can set up an automatic e-mail copy of every invoice under **Billing > Invoice recipients**.",
    ],
    target=[
        "Facturare și facturi în Quorra Desk",
        "Acest articol explică cum puteți schimba metoda de plată, descărca facturile și actualiza datele de facturare care apar pe ele. Doar proprietarul contului și utilizatorii cu rolul **Manager de facturare** pot vedea aceste setări.",
        "1. Faceți clic pe numele companiei în colțul din stânga jos și alegeți **Facturare**.",
        "2. Sub **Metodă de plată**, faceți clic pe **Actualizați cardul** și introduce\u0163i noile date ale cardului. Acceptăm Visa, Mastercard și American Express.",
        "3. Pentru a schimba numele companiei, adresa sau codul de TVA tipărite pe pe facturile viitoare, faceți clic pe **Editați datele de facturare**.",
        "4. Facturile sunt listate la **Invoice history**. Faceți clic pe **Descărcați PDF** lângă o factură pentru a o salva.",
        "Facturile sunt emise în prima zi a fiecărei perioade de facturare. Prețurile sunt afișate în euro și includ TVA acolo unde se aplică; de exemplu, planul Team costă 12.50¤€ pe utilizator pe lună.",
        "**Notă:** modificările datelor de facturare nu afectează facturile care au fost deja emise. Pentru a corecta o factură anterioară, contactați billing@quorra.example în termen de 30 de zile.",
        "Dacă treceți la un plan superior în mijlocul unei perioade de facturare, plătiți doar diferența proporțională. De exemplu, trecerea de la 10 la 15 utilizatori la jumătatea lunii adaugă 5 \u00d7 6,25¤€ la următoarea factură.",
        "Dacă o plată eșuează, o reîncercăm după 3, 5 și 7 zile. După a treia încercare eșuată, contul trece în modul doar în citire până la plata echilibrului.",
        "Puteți prelua facturile și prin API:",
        "`GET /api/v1/invoices?status=paid&amp;limit=20`",
        "Echipele financiare pot configura o copie automată prin e-mail a fiecărei facturi din **Plăți > Destinatari facturi**.",
    ],
    beads=None,
    artefacts=[
        ("typography", "target", 3, "introduce\u0163i", "t with cedilla (U+0163) instead of Romanian ț with comma below"),
        ("repetition", "target", 4, "pe pe", "doubled preposition"),
        ("untranslated", "target", 5, "Invoice history", "section label left in English while the other labels are translated"),
        ("number", "target", 6, "12.50¤€", "English decimal point kept; Romanian writes 12,50 €"),
        ("mistranslation", "target", 9, "echilibrului", "account 'balance' rendered as equilibrium (soldului)"),
        ("markup", "target", 11, "&amp;", "'&' of the query string HTML-escaped inside the API call"),
        ("consistency", "target", 12, "Plăți", "menu 'Billing' is 'Facturare' in step 1"),
    ],
    clean=[0, 1, 2, 7, 8, 10],
))

# 6 ------------------------------------------------------------------ es -> en
PAGES.append(dict(
    folder="tintero-dark-mode-accessibility", src="es", tgt="en",
    source=[
        "Modo oscuro y opciones de accesibilidad en Tintero",
        "Tintero 5.3 incluye un modo oscuro y varias opciones para que la aplicación sea más fácil de leer y de usar con teclado o con lector de pantalla. Los cambios se guardan en tu cuenta y se aplican en todos tus dispositivos.",
        "1. Abre **Ajustes > Apariencia**.",
        "2. En **Tema**, elige **Claro**, **Oscuro** o **Según el sistema**. Con la última opción, Tintero sigue la configuración de Windows, macOS o Android.",
        "3. Para aumentar el tamaño del texto, mueve el control deslizante **Tamaño de letra** hasta un valor entre el 100¤% y el 200¤%.",
        "4. Activa **Alto contraste** si te cuesta distinguir los botones del fondo. Esta opción cumple el nivel AA de las pautas WCAG 2.2.",
        "5. En **Ajustes > Accesibilidad**, activa **Reducir movimiento** para desactivar las animaciones al abrir y cerrar paneles.",
        "Atajos de teclado: pulsa Ctrl+Mayús+D para alternar entre el modo claro y el oscuro, y Ctrl++ o Ctrl+- para ampliar o reducir la vista.",
        "**Nota:** el modo oscuro no cambia el color de las imágenes ni de los archivos PDF adjuntos.",
        "Tintero es compatible con NVDA, JAWS y VoiceOver. Si un botón no tiene etiqueta, avísanos en accesibilidad@tintero.example indicando la versión de la aplicación.",
        "Los administradores pueden fijar el tema para toda la organización con la política `theme.force = \"dark\"` en el archivo `tintero-policy.json`.",
        "Si el tema no cambia tras actualizar, cierra sesión y vuelve a entrar. El error `UI-221` indica que la caché de estilos está dañada; bórrala desde **Ajustes > Avanzado > Borrar caché**.",
        "¿Echas en falta alguna opción? Cuéntanoslo en https://foro.tintero.example.",
    ],
    target=[
        "Dark mode and accessibility options in Tintero",
        "Tintero 5.3 includes a dark mode and several options that make the app easier to read and to use with a keyboard or a screen reader. Changes are saved to your account and applied on all your devices.",
        "1. Open **Settings > Appearance**.",
        "2. Under **Theme**, choose **Light**, **Dark** or **Use system setting**. With the last option, Tintero follows the settings of Windows, macOS or Android.",
        "3. To increase the text size, move the **Letter size** slider to a value between 100¤% and 200¤%.",
        "4. Turn on **High contrast** if you find it hard to tell the buttons from the background. This option meets level AA of the WCAG 2.1 guidelines.",
        "5. In **Settings > Accessibility**, turn on **Reduce motion** to disable all animations when opening and closing panels.",
        "Keyboard shortcuts: press Ctrl+Mayús+D to switch between light and dark mode, and Ctrl++ or Ctrl+- to zoom in or out.",
        "**Note:** Dark mode does not change the color of images or attached PDF files.",
        "Tintero works with NVDA, JAWS and VoiceOver. If a button has no label, let us know at accesibilidad@tintero.example.",
        "Administrators can set the theme for the whole organization with the policy `theme.force = \"dark\"` in the file `tintero-policy.json`.",
        "If the theme does not change after updating, sign out and sign in again. Error `UI-221` means that the style cache is corrupted; clear it from **Settings > Advanced > Clear cache*.",
        "Missing an option? Tell us at https://foro.tintero.example.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 4, "Letter size", "'Tamaño de letra' (font size) rendered as the US Letter paper size"),
        ("typography", "target", 4, "100¤% and 200¤%", "Spanish space before the percent sign kept in English (100% and 200%)"),
        ("number", "target", 5, "WCAG 2.1", "WCAG version 2.2 became 2.1"),
        ("addition", "target", 6, "all", "'all' has no counterpart in the source"),
        ("untranslated", "target", 7, "Mayús", "Spanish key name 'Mayús' kept; English keyboards read Shift"),
        ("omission", "source", 9, "indicando la versión de la aplicación", "request to give the app version dropped"),
        ("markup", "target", 11, "**Settings > Advanced > Clear cache*", "closing bold marker lost a star"),
    ],
    clean=[0, 1, 2, 3, 8, 10, 12],
))

# 7 ------------------------------------------------------------------ fr -> en
PAGES.append(dict(
    folder="balisa-offline-mode", src="fr", tgt="en",
    source=[
        "Utiliser le mode hors connexion dans l’application Balisa",
        "Le mode hors connexion vous permet de consulter vos cartes, vos itinéraires et vos notes sans réseau, par exemple en montagne ou en avion. Il est disponible dans Balisa 3.4 pour iOS et Android.",
        "1. Ouvrez l’application et touchez **Profil > Données hors connexion**.",
        "2. Touchez **Télécharger une zone**, puis déplacez et zoomez la carte jusqu’à ce que la zone voulue tienne dans le cadre.",
        "3. Choisissez le niveau de détail¤: **Standard** (environ 40¤Mo pour 100¤km²) ou **Élevé** (environ 150¤Mo).",
        "4. Touchez **Télécharger**. Gardez l’application ouverte et restez connecté au Wi-Fi jusqu’à la fin du téléchargement.",
        "**Remarque¤:** les zones téléchargées sont supprimées automatiquement au bout de 60¤jours sans utilisation. Vous pouvez les mettre à jour à tout moment depuis **Données hors connexion**.",
        "Hors connexion, la recherche d’adresses ne fonctionne pas.",
        "Les itinéraires enregistrés et le suivi GPS restent en revanche disponibles.",
        "Les modifications que vous faites hors connexion sont synchronisées dès que l’appareil retrouve le réseau. En cas de conflit, la version la plus récente l’emporte.",
        "Pour libérer de l’espace, touchez **Gérer le stockage** et balayez une zone vers la gauche pour la supprimer. Sur Android, vous pouvez aussi déplacer les cartes vers la carte SD.",
        "Si le téléchargement s’arrête avec l’erreur OFF-507 («¤stockage insuffisant¤»), libérez au moins 500¤Mo et réessayez.",
        "Une question§? Écrivez-nous à aide@balisa.example ou consultez https://aide.balisa.example/hors-connexion.",
    ],
    target=[
        "Using offline mode in the Balisa app",
        "Offline mode lets you view your maps, routes and notes without a network connection, for example in the mountains or on a plane. It is available in Balisa 3.4 for iOS and Android.",
        "1. Open the app and tap **Profile > Offline data**.",
        "2. Tap **Download an area**, then move and zoom the map until the area you want fits inside the frame.",
        "3. Choose the level of detail: **Standard** (about 40 MB per 100 km²) or **High** (about 150 Mo).",
        "4. Tap <b>Download</b>. Keep the app open and stay connected to Wi-Fi until the download is complete.",
        "**Note:** Downloaded areas are deleted automatically after 6 days without use. You can update them at any time from **Offline maps**.",
        "Offline, address search does not work, saved routes and GPS tracking, on the other hand, remain available.",
        "Changes you make offline are synced as soon as the device is back online. If there is a conflict, the most recent version wins.",
        "To free up space, tap **Manage storage** and swipe an area to the left to delete it. On Android, you can also move the maps to the SD map.",
        "If the download stops with error OFF-507 («¤insufficient storage¤»), free up at least 500 MB and try again.",
        "Questions? Write to us at aide@balisa.example or visit https://aide.balisa.example/hors-connexion.",
    ],
    beads=[([i], [i]) for i in range(7)] + [([7, 8], [7])] + [([i], [i - 1]) for i in range(9, 13)],
    artefacts=[
        ("untranslated", "target", 4, "Mo", "French unit symbol 'Mo' left; English writes MB (as in the same line)"),
        ("markup", "target", 5, "<b>Download</b>", "Markdown bold replaced by HTML tags"),
        ("number", "target", 6, "6 days", "60 days became 6 days"),
        ("consistency", "target", 6, "Offline maps", "label 'Données hors connexion' is 'Offline data' in step 1"),
        ("sentence_boundary", "target", 7, "work, saved", "two source sentences merged with a comma splice"),
        ("mistranslation", "target", 9, "SD map", "'carte SD' (SD card) rendered as a map"),
        ("typography", "target", 10, "«¤insufficient storage¤»", "French guillemets kept in English"),
    ],
    clean=[0, 1, 2, 3, 8, 11],
))

# 8 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="brackley-gdpr-data-export", src="en", tgt="de",
    source=[
        "Export your personal data and set data retention in Brackley HR",
        "Under the GDPR, every employee can request a copy of the personal data that Brackley HR stores about them. Administrators can also set how long the records of former employees are kept.",
        "To export your own data:",
        "1. Click your profile picture and choose **Privacy > Download my data**.",
        "2. Select the categories you want to include, for example **Profile**, **Absences** and **Payroll documents**.",
        "3. Click **Request export**. The export is prepared in the background and usually takes less than 2 hours.",
        "4. When it is ready, you receive an e-mail with a download link. The link is valid for 7 days and can be used only once.",
        "The archive is a ZIP file named `brackley-export-{employee_id}.zip`. It contains one JSON file per category and your documents as PDF files.",
        "**Important:** The archive is protected with a password that is shown once on the **Privacy** page. Brackley support cannot recover it.",
        "Administrators set the retention period under **Admin > Data retention**. The default is 6 years after the end of employment; the minimum is 6 months.",
        "When the retention period ends, records are anonymised automatically at 02:00 UTC. Anonymised records still count toward reports, but names, addresses and bank details are removed.",
        "To delete a former employee\u2019s data earlier, open their profile and click **Delete permanently**. This action cannot be undone.",
        "Exports and deletions are logged. Your data protection officer can download the log with `brackley audit export --from 2026-01-01 --format csv`.",
        "For questions about data protection, write to privacy@brackley.example.",
    ],
    target=[
        "Persönliche Daten exportieren und Aufbewahrungsfrist in Brackley HR festlegen",
        "Nach der DSGVO kann jede Mitarbeiterin und jeder Mitarbeiter eine Kopie der personenbezogenen Daten anfordern, die Brackley HR über sie speichert. Administratoren können außerdem festlegen, wie lange die Datensätze ehemaliger Beschäftigter aufbewahrt werden.",
        "So exportieren Sie Ihre eigenen Daten :",
        "1. Klicken Sie auf Ihr Profilbild und wählen Sie **Datenschutz > Meine Daten herunterladen**.",
        "2. Wählen Sie die Kategorien aus, die Sie einschließen möchten, zum Beispiel **Profil**, **Abwesenheiten** und und **Gehaltsabrechnungen**.",
        "3. Klicken Sie auf **Export anfordern**. Der Export wird im Hintergrund vorbereitet und dauert in der Regel weniger als 2 Stunden.",
        "4. Wenn er fertig ist, erhalten Sie eine E-Mail mit einem Download-Link. Der Link ist 7 Tage gültig.",
        "Das Archiv ist eine ZIP-Datei mit dem Namen `brackley-export-{mitarbeiter_id}.zip`. Es enthält eine JSON-Datei pro Kategorie sowie Ihre Dokumente als PDF-Dateien.",
        "**Wichtig:** Das Archiv ist mit einem Passwort geschützt, das einmalig auf der Seite **Datenschutz** angezeigt wird. Der Brackley-Support kann es nicht wiederherstellen.",
        "Administratoren legen die Aufbewahrungsfrist unter **Admin > Data retention** fest. Standardmäßig beträgt sie 6 Jahre nach Ende des Beschäftigungsverhältnisses; das Minimum liegt bei 6 Monaten.",
        "Nach Ablauf der Aufbewahrungsfrist werden Datensätze automatisch um 20:00 Uhr UTC anonymisiert. Anonymisierte Datensätze fließen weiterhin in Berichte ein, Namen, Adressen und Bankverbindungen werden jedoch entfernt.",
        "Um die Daten eines ehemaligen Mitarbeiters vorzeitig zu löschen, öffnen Sie sein Profil und klicken Sie auf **Ständig löschen**. Diese Aktion kann nicht rückgängig gemacht werden.",
        "Exporte und Löschungen werden protokolliert. Ihr Datenschutzbeauftragter kann das Protokoll mit `brackley audit export --von 2026-01-01 --format csv` herunterladen.",
        "Bei Fragen zum Datenschutz schreiben Sie an privacy@brackley.example.",
    ],
    beads=None,
    artefacts=[
        ("typography", "target", 2, "Daten :", "space before the colon (French style) in German"),
        ("repetition", "target", 4, "und und", "doubled conjunction"),
        ("omission", "source", 6, "and can be used only once", "the one-use restriction of the link has no counterpart"),
        ("markup", "target", 7, "{mitarbeiter_id}", "placeholder {employee_id} translated inside the file name"),
        ("untranslated", "target", 9, "Data retention", "menu item left in English while the article's other labels are translated ('Admin' is the German label too)"),
        ("number", "target", 10, "20:00", "anonymisation time 02:00 UTC became 20:00"),
        ("mistranslation", "target", 11, "Ständig löschen", "'Delete permanently' rendered as 'delete constantly' (Endgültig löschen)"),
        ("markup", "target", 12, "--von", "command-line option --from translated"),
    ],
    clean=[0, 1, 3, 5, 8, 13],
))


def write_text(path, paras):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(fix(p) for p in paras) + "\n")


def main():
    for p in PAGES:
        d = os.path.join(HERE, p["folder"])
        os.makedirs(d, exist_ok=True)
        sname, tname = p["src"] + ".txt", p["tgt"] + ".txt"
        write_text(os.path.join(d, sname), p["source"])
        write_text(os.path.join(d, tname), p["target"])
        beads = p["beads"]
        if beads is None:
            assert len(p["source"]) == len(p["target"]), p["folder"]
            beads = [([i], [i]) for i in range(len(p["source"]))]
        arts = []
        for a in p["artefacts"]:
            cat, side, para, exc, note = a[:5]
            e = {"category": cat, "side": side, "paragraph": para, "excerpt": fix(exc)}
            if len(a) > 5:
                e["occurrence"] = a[5]
            e["note"] = fix(note)
            arts.append(e)
        gold = {
            "source": sname, "target": tname,
            "source_lang": p["src"], "target_lang": p["tgt"],
            "alignment": [{"source": s, "target": t} for s, t in beads],
            "artefacts": arts,
            "clean_target_paragraphs": p["clean"],
        }
        with open(os.path.join(d, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "mtqa.toml"), "w", encoding="utf-8", newline="\n") as f:
            f.write('profile = "docs"\n')
    print("built", len(PAGES), "pages")


if __name__ == "__main__":
    main()
