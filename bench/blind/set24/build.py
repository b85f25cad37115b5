#!/usr/bin/env python3
"""Build blind set 24 (software documentation / help-center articles). Standard library only.

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
    folder="nimbusdesk-two-factor", src="en", tgt="fr",
    source=[
        "Set up two-factor authentication in NimbusDesk",
        "Two-factor authentication (2FA) adds a second step when you sign in: after your password, NimbusDesk asks for a six-digit code from an authenticator app on your phone. This article explains how to turn it on for your account.",
        "Before you start, install an authenticator app such as Authy or Google Authenticator on your phone. You need NimbusDesk 4.2 or later.",
        "1. In the top-right corner, click your avatar and choose **Settings > Security**.",
        "2. Under **Two-factor authentication**, click **Enable 2FA**. The **Scan QR code** dialog opens.",
        "3. Open your authenticator app, tap **Add account** and scan the code shown on the screen. If you cannot scan it, click **Enter key manually** and type the 32-character key.",
        "4. Enter the six-digit code from the app in the **Verification code** field and click **Confirm**.",
        "5. Download your recovery codes and store them in a safe place. Each code can be used only once.",
        "**Note:** Codes expire after 30 seconds. If NimbusDesk rejects a code, check that the time on your phone is set automatically.",
        "Administrators can require 2FA for all users from the command line:",
        "`nimbusctl policy set --require-2fa true --org {org_id}`",
        "If you see the error `AUTH-403: invalid token`, sign out, clear your browser cache and try again. For more help, visit https://help.nimbusdesk.example/2fa.",
        "Your account is now protected by two-factor authentication.",
    ],
    target=[
        "Configurer l’authentification à deux facteurs dans NimbusDesk",
        "L’authentification à deux facteurs (2FA) ajoute une seconde étape lors de la signature¤: après votre mot de passe, NimbusDesk demande un code à six chiffres généré par une application d’authentification sur votre téléphone. Cet article explique comment l’activer pour votre compte.",
        "Avant de commencer, installez une application d’authentification telle que Authy ou Google Authenticator sur votre téléphone. Vous avez besoin de NimbusDesk 4.3 ou version ultérieure.",
        "1. Dans le coin supérieur droit, cliquez sur votre avatar et choisissez **Paramètres > Sécurité**.",
        "2. Sous **Authentification à deux facteurs**, cliquez sur **Activer la 2FA**. La boîte de dialogue **Scanner le code QR** s’ouvre.",
        "3. Ouvrez votre application d’authentification, appuyez sur **Ajouter un compte** et scannez le code affiché à à l’écran. Si vous ne pouvez pas le scanner, cliquez sur **Saisir la clé manuellement** et tapez la clé de 32 caractères.",
        "4. Saisissez le code à six chiffres de l’application dans le champ **Code de vérification* et cliquez sur **Confirmer**.",
        "5. Téléchargez vos recovery codes et conservez-les en lieu sûr. Chaque code ne peut être utilisé qu’une seule fois.",
        "**Remarque :** les codes expirent au bout de 30 secondes. Si NimbusDesk refuse un code, vérifiez que l’heure de votre téléphone est réglée automatiquement.",
        "Les administrateurs peuvent imposer la 2FA à tous les utilisateurs depuis la ligne de commande¤:",
        "`nimbusctl policy set --require-2fa true --org {id_org}`",
        "Si l’erreur `AUTH-403: invalid token` s’affiche, déconnectez-vous, videz le cache de votre navigateur et réessayez. Pour plus d’aide, consultez https://help.nimbusdesk.example/2fa.",
        "Votre compte est désormais protégé par l’authentification à deux facteurs.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 1, "lors de la signature", "'sign in' (log in) rendered as signing a document"),
        ("number", "target", 2, "4.3", "minimum version 4.2 became 4.3"),
        ("repetition", "target", 5, "à à", "doubled preposition"),
        ("markup", "target", 6, "**Code de vérification*", "closing bold marker lost a star"),
        ("untranslated", "target", 7, "recovery codes", "'recovery codes' left in English (codes de récupération)"),
        ("typography", "target", 8, "Remarque :", "plain space before the colon where French uses U+00A0"),
        ("markup", "target", 10, "{id_org}", "placeholder {org_id} translated inside a command"),
    ],
    clean=[0, 3, 4, 9, 11, 12],
))

# 2 ------------------------------------------------------------------ en -> de
PAGES.append(dict(
    folder="ledgerly-csv-export", src="en", tgt="de",
    source=[
        "Export a report to CSV in Ledgerly",
        "You can export any saved report in Ledgerly to a CSV file and open it in a spreadsheet program. Exports include all columns that are visible in the report view.",
        "1. Open the report and click **Export** in the toolbar. Alternatively, press Ctrl+Shift+E.",
        "2. In the **Export report** dialog, select **CSV (comma-separated values)** as the format.",
        "3. Choose a delimiter: comma, semicolon or tab. If you open the file in a German or French version of Excel, choose semicolon.",
        "4. Under **Encoding**, leave **UTF-8** selected unless your accounting system needs Windows-1252.",
        "5. Click **Export**. The file is saved as `report_{date}.csv` in your Downloads folder.",
        "**Tip:** To export reports automatically every night, use the command-line tool:",
        "`ledgerly export --report 1184 --format csv --out ~/exports/`",
        "**Warning:** Reports with more than 100,000 rows are split into several files. Each file is numbered, for example `report_2026-03-01_part2.csv`.",
        "If the export fails with error code `EXP-502`, the report is too large to generate in the browser. Use the command-line tool instead, or narrow the date range.",
        "Need more help? Contact support at support@ledgerly.example.",
    ],
    target=[
        "Einen Bericht in Ledgerly als CSV exportieren",
        "Sie können jeden gespeicherten Bericht in Ledgerly in eine CSV-Datei exportieren und in einem Tabellenkalkulationsprogramm öffnen. Exporte enthalten alle Spalten, die in der report view sichtbar sind.",
        "1. Öffnen Sie den Bericht und klicken Sie in der Symbolleiste auf **Exportieren**. Alternativ drücken Sie Strg+Umschalt+E.",
        "2. Wählen Sie im Dialogfeld **Bericht exportieren** als Format **CSV (kommagetrennte Werte)** aus.",
        "3. Wählen Sie ein Trennzeichen: Komma, Semikolon oder Registerkarte.",
        "Wenn Sie die Datei in einer deutschen oder französischen Version von Excel öffnen, wählen Sie Semikolon.",
        "4. Lassen Sie unter **Kodierung** die Option **UTF-8** ausgewählt, es sei denn Ihr Buchhaltungssystem benötigt Windows-1252.",
        "5. Klicken Sie auf **Exportieren**. Die Datei wird als `bericht_{datum}.csv` in Ihrem Download-Ordner gespeichert.",
        "**Tipp:</b> Um Berichte jede Nacht automatisch zu exportieren, verwenden Sie das Befehlszeilentool:",
        "`ledgerly export --report 1184 --format csv --out ~/exports/`",
        "**Warnung:** Berichte mit mehr als 10.000 Zeilen werden in mehrere Dateien aufgeteilt. Jede Datei ist nummeriert, zum Beispiel `report_2026-03-01_part2.csv`.",
        "Wenn der Export mit dem Fehlercode `EXP-502` fehlschlägt, ist der Bericht zu groß, um im Browser erstellt zu werden. Verwenden Sie stattdessen das Kommandozeilenwerkzeug oder grenzen Sie den Zeitraum ein.",
        "Benötigen Sie weitere Hilfe? Wenden Sie sich jederzeit gerne an den Support unter support@ledgerly.example.",
    ],
    beads=[([i], [i]) for i in range(4)] + [([4], [4, 5])] + [([i], [i + 1]) for i in range(5, 12)],
    artefacts=[
        ("untranslated", "target", 1, "report view", "'report view' left in English (Berichtsansicht)"),
        ("mistranslation", "target", 4, "Registerkarte", "'tab' (tab character) rendered as a UI tab"),
        ("punctuation", "target", 6, "denn Ihr", "comma after 'es sei denn' missing"),
        ("markup", "target", 7, "bericht_{datum}.csv", "file-name pattern and placeholder {date} translated"),
        ("markup", "target", 8, "</b>", "closing bold marker replaced by an HTML tag"),
        ("number", "target", 10, "10.000", "100,000 rows became 10.000"),
        ("consistency", "target", 11, "Kommandozeilenwerkzeug", "'command-line tool' is 'Befehlszeilentool' earlier in the article"),
        ("addition", "target", 12, "jederzeit gerne", "'jederzeit gerne' (any time, gladly) has no counterpart in the source"),
    ],
    clean=[0, 2, 3, 5, 9],
))

# 3 ------------------------------------------------------------------ en -> es
PAGES.append(dict(
    folder="halvard-printer-driver", src="en", tgt="es",
    source=[
        "Install and configure the Halvard P400 printer driver",
        "This guide shows how to install the Halvard P400 driver on Windows 11 and set the default paper size and print quality. The procedure takes about 10 minutes.",
        "1. Download the driver package `HalvardP400_v3.8.1.exe` from https://support.halvard.example/drivers.",
        "2. Run the installer as administrator and click **Next** until the **Connection type** page appears.",
        "3. Select **USB** or **Network (Wi-Fi/Ethernet)**. For a network printer, enter its IP address, for example 192.168.1.40.",
        "4. When the installation is complete, open **Control Panel > Devices and Printers**, right-click **Halvard P400** and choose **Printing preferences**.",
        "5. On the **Paper** tab, set the paper size to **Letter (8.5 x 11 in)** or **A4**, depending on your region.",
        "6. On the **Quality** tab, choose **Draft**, **Normal** or **Best**. Draft mode saves toner but prints lighter text.",
        "**Note:** If the printer is shared on the network, only an administrator can change the default settings for all users.",
        "To check the driver version, open a command prompt and run:",
        '`Get-PrinterDriver -Name "Halvard P400*"`',
        "If printing stops with error 0x0000011b, install the latest Windows updates and restart the print spooler.",
        "Your printer is now ready to use.",
    ],
    target=[
        "Instalar y configurar el controlador de la impresora Halvard P400",
        "Esta guía muestra como instalar el controlador de la Halvard P400 en Windows 11 y establecer el tamaño de papel predeterminado y la calidad de impresión. El procedimiento dura unos 10 minutos.",
        "1. Descargue el paquete del conductor `HalvardP400_v3.8.1.exe` desde https://support.halvard.example/drivers.",
        "2. Ejecute el instalador como administrador y haga clic en **Siguiente* hasta que aparezca la página **Tipo de conexión**.",
        "3. Seleccione **USB** o **Red (Wi-Fi/Ethernet)**. Para una impresora de red, introduzca su dirección IP, por ejemplo 192.168.1.14.",
        "4. Cuando finalice la instalación, abra **Panel de control > Dispositivos e impresoras**, haga clic con el botón derecho en **Halvard P400** y elija **Preferencias de impresión**.",
        "5. En la pestaña **Papel**, establezca el tamaño del papel en **Carta (8,5 x 11 in)** o **A4**, según su región.",
        "6. En la pestaña **Calidad**, elija **Borrador**, **Normal** u **Óptima**. El modo Draft ahorra tóner, pero imprime el texto más claro.",
        "Para comprobar la versión del controlador, abra un símbolo del sistema y ejecute:",
        '`Get-PrinterDriver -Name "Halvard P400*"`',
        "Si la impresión se detiene con el error 0x0000011b instale las últimas actualizaciones de Windows y reinicie el administrador de trabajos de impresión.",
        "Su impresora ya está lista para usarse.",
    ],
    beads=[([i], [i]) for i in range(8)] + [([8], [])] + [([i], [i - 1]) for i in range(9, 13)],
    artefacts=[
        ("spelling", "target", 1, "como instalar", "interrogative 'cómo' written without its accent"),
        ("mistranslation", "target", 2, "conductor", "'driver' (software) rendered as the driver of a vehicle"),
        ("markup", "target", 3, "**Siguiente*", "closing bold marker lost a star"),
        ("number", "target", 4, "192.168.1.14", "example IP address 192.168.1.40 became .14"),
        ("untranslated", "target", 7, "Draft", "mode name left in English although the label is 'Borrador' in the same step"),
        ("omission", "source", 8, "**Note:** If the printer is shared on the network, only an administrator can change the default settings for all users.", "note dropped: no counterpart in the translation"),
        ("punctuation", "target", 10, "0x0000011b instale", "comma after the introductory 'si' clause missing"),
    ],
    clean=[0, 5, 6, 8, 9, 11],
))

# 4 ------------------------------------------------------------------ en -> it
PAGES.append(dict(
    folder="orbita-calendar-sync", src="en", tgt="it",
    source=[
        "Sync your Orbita calendar with Google Calendar and Outlook",
        "Orbita can keep your events in sync with Google Calendar and Microsoft Outlook in both directions. Changes appear in the other calendar within 5 minutes.",
        "The Orbita desktop app is available in English only, so the menu and button names below appear as the app shows them.",
        "1. Open Orbita and go to **Preferences > Accounts**.",
        "2. Click **Add calendar account** and choose **Google** or **Outlook**.",
        "3. Sign in with your account and allow Orbita to \u201cview and edit events\u201d.",
        "4. Select the calendars you want to sync and click **Save**. By default, Orbita syncs events from the last 30 days and the next 12 months.",
        "5. To change how often Orbita checks for changes, open **Preferences > Sync** and set **Sync interval** to a value between 1 and 60 minutes.",
        "Keyboard shortcut: press Ctrl+Alt+S (Cmd+Option+S on macOS) to sync immediately.",
        "**Important:** Recurring events created in Outlook before 2019 may not sync correctly. Recreate them in Orbita if their times look wrong.",
        "Sync settings are stored in `%APPDATA%\\Orbita\\sync.json`. Do not edit this file while the app is running.",
        "If you get the message \u201cToken expired (E-1207)\u201d, remove the account and add it again.",
        "That\u2019s it: your calendars now stay up to date on every device.",
    ],
    target=[
        "Sincronizzare il calendario di Orbita con Google Calendar e Outlook",
        "Orbita può mantenere i tuoi eventi sincronizzati con Google Calendar e Microsoft Outlook in entrambe le direzioni. Le modifiche compaiono nell’altro calendario entro 15 minuti.",
        "L’app desktop di Orbita è disponibile solo in inglese, quindi i nomi dei menu e dei pulsanti riportati di seguito sono indicati così come appaiono nell’app.",
        "1. Apri Orbita e vai a **Preferences > Accounts**.",
        "2. Fai clic su **Aggiungi account calendario** e scegli **Google** o **Outlook**.",
        "3. Accedi con il tuo account e consenti a Orbita di «visualizzare e modificare gli eventi».",
        "4. Seleziona i calendari che vuoi sincronizzare e fai clic su **Save**. Per impostazione predefinita, Orbita sincronizza gli eventi degli ultimi 30 giorni e dei prossimi 12 mesi.",
        "5. Per modificare la frequenza con cui Orbita controlla le modifiche, apri **Preferences > Sync** e imposta **Sync interval** su un un valore compreso tra 1 e 60 minuti.",
        "Scorciatoia da tastiera: premi Ctrl+Alt+S (Cmd+Opzione+S su macOS) per sincronizzare subito.",
        "**Importante:** gli eventi ricorrenti creati in Outlook prima del 2019 potrebbero non sincronizzarsi correttamente. Ricreali in Orbita se le loro volte sembrano sbagliate.",
        "Le impostazioni di sincronizzazione sono memorizzate in `%APPDATA%\\Orbita\\sincronizzazione.json`.",
        "Se ricevi il messaggio «Token expired (E-1207)», rimuovi l’account e aggiungilo di nuovo.",
        "Ecco fatto : ora i tuoi calendari restano aggiornati su ogni dispositivo.",
    ],
    beads=None,
    artefacts=[
        ("number", "target", 1, "15 minuti", "'within 5 minutes' became 15"),
        ("terminology", "target", 4, "Aggiungi account calendario", "button translated although the article says the English-only app's labels are kept as shown ('Add calendar account')"),
        ("repetition", "target", 7, "un un", "doubled article"),
        ("mistranslation", "target", 9, "le loro volte", "'times' (clock times) rendered as 'occasions'"),
        ("markup", "target", 10, "sincronizzazione.json", "file name sync.json translated inside the path"),
        ("omission", "source", 10, "Do not edit this file while the app is running.", "warning sentence dropped"),
        ("typography", "target", 12, "fatto :", "space before the colon (French style) in Italian"),
    ],
    clean=[0, 2, 3, 5, 6, 8, 11],
))

# 5 ------------------------------------------------------------------ en -> pt-BR
PAGES.append(dict(
    folder="quillmark-keyboard-shortcuts", src="en", tgt="pt-BR",
    source=[
        "Keyboard shortcuts in Quillmark Editor",
        "Quillmark Editor 5.1 lets you perform most actions without touching the mouse. This page lists the most useful shortcuts for Windows and Linux; on macOS, use Cmd instead of Ctrl.",
        "- Ctrl+N: create a new document",
        "- Ctrl+S: save the current document; Ctrl+Shift+S: save it under a new name",
        "- Ctrl+F: find text; Ctrl+H: find and replace",
        "- Ctrl+/: comment or uncomment the selected lines",
        "- Alt+Up arrow / Alt+Down arrow: move the current line up or down",
        "- F11: enter or leave full-screen mode",
        "To see every shortcut, open **Help > Keyboard Shortcuts** or press Ctrl+K Ctrl+S.",
        "You can change any shortcut in the **Keybindings** editor. Your custom shortcuts are saved in `~/.quillmark/keybindings.json`.",
        "**Note:** Some shortcuts may conflict with shortcuts of your operating system or of other apps.",
        "If a shortcut does not respond, check that no other program uses it.",
        "Happy writing!",
    ],
    target=[
        "Atalhos de teclado no Quillmark Editor",
        "O Quillmark Editor 5.1 permite executar a maioria das ações sem tocar no mouse. Esta página lista os atalhos mais úteis para Windows e Linux; no macOS, use Cmd em vez de Ctrl.",
        "- Ctrl+N: criar um novo novo documento",
        "- Ctrl+S: salvar o documento atual; Ctrl+Shift+S: salvar com um novo nome",
        "- Ctrl+F: localizar texto; Ctrl+H: localizar e substituir",
        "- Ctrl+/: comentar ou remover o comentário das linhas selecionadas rapidamente",
        "- Alt+Seta para cima / Alt+Seta para baixo: mover a linha atual para cima ou para baixo",
        "- F12: entrar ou sair do modo de tela cheia",
        "Para ver todos os atalhos, abra **Ajuda > Keyboard Shortcuts** ou pressione Ctrl+K Ctrl+S.",
        "Você pode alterar qualquer atalho no editor de **Associações de teclas**. Seus atalhos personalizados são salvos em `~/.quillmark/atalhos.json`.",
        "**Observação:** alguns atalhos podem entrar em conflito com os do seu sistema operacional ou de outros aplicativos, se um atalho não responder, verifique se nenhum outro programa o está usando.",
        "Boa escrita !",
    ],
    beads=[([i], [i]) for i in range(10)] + [([10, 11], [10]), ([12], [11])],
    artefacts=[
        ("repetition", "target", 2, "novo novo", "doubled adjective"),
        ("addition", "target", 5, "rapidamente", "'rapidamente' (quickly) has no counterpart in the source"),
        ("number", "target", 7, "F12", "key F11 became F12"),
        ("untranslated", "target", 8, "Keyboard Shortcuts", "menu item left in English while 'Help' is translated"),
        ("markup", "target", 9, "atalhos.json", "file name keybindings.json translated inside the path"),
        ("sentence_boundary", "target", 10, "aplicativos, se", "two source sentences merged with a comma splice"),
        ("typography", "target", 11, "escrita !", "space before the exclamation mark (French style) in Portuguese"),
    ],
    clean=[0, 1, 3, 4, 6],
))

# 6 ------------------------------------------------------------------ en -> nl
PAGES.append(dict(
    folder="vaultline-backup-restore", src="en", tgt="nl",
    source=[
        "Restore a backup in Vaultline Server",
        "If files were deleted or damaged, you can restore them from any backup taken in the last 90 days. This article covers restoring through the web console and from the command line.",
        "**Warning:** Restoring a full backup overwrites the current data on the target drive. Make sure you have selected the right snapshot.",
        "1. Sign in to the web console at https://{server}:8443/admin.",
        "2. Go to **Backups > Snapshots** and select the snapshot you want to restore. Snapshots are listed by date, newest first.",
        "3. Click **Restore**. In the **Restore snapshot** dialog, choose **Original location** or **Alternative location**.",
        "4. If you choose an alternative location, enter the path, for example `D:\\Restore\\2026-05`.",
        "5. Click **Start restore**. Large backups can take several hours; you can close the browser while the job runs.",
        "To restore from the command line, run:",
        "`vaultline restore --snapshot 2026-05-14T02:00 --target /mnt/restore --verify`",
        "The `--verify` option compares checksums after the restore and reports any file that differs.",
        "When the job is finished, you receive an e-mail with a summary. Errors are also written to `/var/log/vaultline/restore.log`.",
        "If the restore fails with error `VL-0x31`, the target drive is probably full. Free up space and run the job again.",
    ],
    target=[
        "Een back-up terugzetten in Vaultline Server",
        "Als bestanden zijn verwijderd of beschadigd, kunt u ze terugzetten vanuit elke back-up die in de afgelopen 90 dagen is gemaakt. Dit artikel behandelt het terugzetten via de webconsole en via de opdrachtregel.",
        "**Waarschuwing:** het terugzetten van een volledige back-up overschrijft de huidige gegevens op de doelrit. Controleer of u de juiste momentopname hebt geselecteerd.",
        "1. Meld u aan bij de webconsole op https://{server}:8443/admin.",
        "2. Ga naar **Back-ups > Momentopnamen** en selecteer de momentopname die u wilt terugzetten. Momentopnamen worden op datum weergegeven, de nieuwste eerst.",
        "3. Klik op **Terugzetten**. Kies in het dialoogvenster **Snapshot herstellen** de optie **Oorspronkelijke locatie** of **Alternatieve locatie**.",
        "4. Als u een alternatieve locatie kiest, voert u het pad in, bijvoorbeeld `D:\\Herstel\\2026-05`.",
        "5. Klik op **Terugzetten starten**. Grote back-ups kunnen enkele uren duren, u kunt de browser sluiten terwijl de taak wordt uitgevoerd.",
        "Voer het volgende uit om terug te zetten via de opdrachtregel:",
        "`vaultline restore --snapshot 2026-05-14T02:00 --target /mnt/restore --verify`",
        "De optie `--verificeren` vergelijkt na het terugzetten de controlesommen en meldt elk bestand dat afwijkt.",
        "Wanneer de taak is voltooid, ontvangt u een e-mail met een summary. Fouten worden ook geschreven naar `/var/log/vaultline/restore.log.",
        "Als het terugzetten mislukt met fout `VL-0x13`, is de doelschijf waarschijnlijk vol. Maak ruimte vrij en voer de taak opnieuw uit.",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "doelrit", "'target drive' (disk) rendered as a ride/drive in a car"),
        ("consistency", "target", 5, "Snapshot herstellen", "dialog title mixes 'Snapshot'/'herstellen' while the article uses 'momentopname' and 'terugzetten'"),
        ("markup", "target", 6, "Herstel", "folder name in the example path translated"),
        ("punctuation", "target", 7, "duren, u", "semicolon replaced by a comma splice"),
        ("markup", "target", 10, "--verificeren", "command-line option --verify translated"),
        ("untranslated", "target", 11, "summary", "'summary' left in English (samenvatting)"),
        ("markup", "target", 11, "`/var/log/vaultline/restore.log", "closing backtick of the code span lost"),
        ("number", "target", 12, "VL-0x13", "error code VL-0x31 changed"),
    ],
    clean=[0, 1, 3, 4, 8, 9],
))

# 7 ------------------------------------------------------------------ en -> pl
PAGES.append(dict(
    folder="tessera-user-roles", src="en", tgt="pl",
    source=[
        "Manage user roles in Tessera CRM",
        "Roles control what each person in your organisation can see and change. Tessera CRM 7 has four built-in roles: Owner, Admin, Editor and Viewer.",
        "Only users with the Owner or Admin role can change roles.",
        "1. Go to **Admin > Users & Roles**.",
        "2. Find the user in the list. You can search by name or e-mail address.",
        "3. Click the role in the **Role** column and select a new role from the drop-down list.",
        "4. Click **Save changes**. The user receives a notification and must sign in again.",
        "To create a custom role, click **New role**, enter a name and select the permissions, for example **Export contacts** or **Delete deals**.",
        "**Note:** A workspace must always have at least one Owner. You cannot remove the Owner role from the last Owner.",
        "You can also assign roles with the API:",
        '`PATCH /api/v2/users/{user_id} {"role": "editor"}`',
        "Changes are recorded in the audit log, which you can export as a CSV file for up to 365 days.",
        "Questions? Write to us at help@tessera.example.",
    ],
    target=[
        "Zarządzanie rolami użytkowników w Tessera CRM",
        "Role określają co każda osoba w Twojej organizacji może wyświetlać i zmieniać. Tessera CRM 7 ma cztery wbudowane role: Właściciel, Administrator, Edytor i Przeglądający.",
        "Tylko użytkownicy z rolą Właściciel lub Administrator mogą zmieniać role.",
        "1. Przejdź do **Administracja > Użytkownicy &amp; role**.",
        "2. Znajdź użytkownika na liście. Możesz wyszukiwać według imienia i nazwiska lub adresu e-mail.",
        "3. Kliknij rolę w kolumnie **Rola** i wybierz nową rolę z listy upuszczanej.",
        "4. Kliknij **Save changes**. Użytkownik otrzymuje powiadomienie i musi zalogować się ponownie.",
        "Aby utworzyć rolę niestandardową, kliknij **Nowa rola**, wpisz nazwę i wybierz uprawnienia, na przykład **Eksportuj kontakty** lub **Usuń oferty**.",
        "**Uwaga:** obszar roboczy musi zawsze mieć co najmniej jednego Właściciela. Nie można odebrać roli Posiadacz ostatniemu Właścicielowi.",
        "Role możesz też też przypisywać za pomocą API:",
        '`PATCH /api/v2/users/{id_użytkownika} {"role": "editor"}`',
        "Zmiany są rejestrowane w dzienniku audytu, który możesz eksportować jako plik CSV za okres do 356 dni.",
        "Masz pytania? Napisz do nas na adres help@tessera.example.",
    ],
    beads=None,
    artefacts=[
        ("punctuation", "target", 1, "określają co", "comma before the subordinate 'co' clause missing (required in Polish)"),
        ("markup", "target", 3, "&amp;", "ampersand of the menu label HTML-escaped into the text"),
        ("mistranslation", "target", 5, "upuszczanej", "'drop-down list' rendered as a list that is dropped (lista rozwijana)"),
        ("untranslated", "target", 6, "Save changes", "button label left in English while every other label is translated"),
        ("consistency", "target", 8, "Posiadacz", "role 'Owner' is 'Właściciel' everywhere else"),
        ("repetition", "target", 9, "też też", "doubled particle"),
        ("markup", "target", 10, "{id_użytkownika}", "placeholder {user_id} translated inside the API call"),
        ("number", "target", 11, "356", "365 days became 356"),
    ],
    clean=[0, 2, 4, 7, 12],
))

# 8 ------------------------------------------------------------------ de -> en
PAGES.append(dict(
    folder="brueckner-vpn-troubleshooting", src="de", tgt="en",
    source=[
        "Fehlerbehebung bei der VPN-Verbindung mit Brückner Connect",
        "Wenn Brückner Connect keine Verbindung zum Firmennetz herstellt, helfen Ihnen die folgenden Schritte in den meisten Fällen weiter. Die Anleitung gilt für Version 6.4 unter Windows und macOS.",
        "1. Prüfen Sie, ob Ihr Rechner mit dem Internet verbunden ist. Öffnen Sie dazu eine beliebige Website im Browser.",
        "2. Klicken Sie im Infobereich der Taskleiste auf das Schlosssymbol und wählen Sie **Status anzeigen**. Steht dort „Getrennt“, klicken Sie auf **Verbinden**.",
        "3. Wird die Meldung „Zertifikat ungültig (Fehler 809)“ angezeigt, öffnen Sie **Einstellungen > Zertifikate** und klicken Sie auf **Zertifikat erneuern**.",
        "4. Starten Sie den Dienst neu. Drücken Sie dazu Strg+Alt+R oder führen Sie in einer Eingabeaufforderung mit Administratorrechten folgenden Befehl aus:",
        "`net stop BruecknerVPN && net start BruecknerVPN`",
        "5. Wenn Sie über ein Hotel- oder Gäste-WLAN verbunden sind, melden Sie sich zuerst auf der Anmeldeseite des Netzwerks an und bauen Sie erst danach die VPN-Verbindung auf.",
        "**Hinweis:** Die Verbindung wird nach 8 Stunden Inaktivität automatisch getrennt. Das ist kein Fehler.",
        "Die Protokolldatei finden Sie unter `C:\\ProgramData\\Brueckner\\Logs\\connect.log`. Die maximale Größe beträgt 2,5 MB; ältere Einträge werden überschrieben.",
        "Hilft keiner dieser Schritte, senden Sie die Protokolldatei an it-support@brueckner.example. Geben Sie dabei Ihre Geräte-ID an (unter **Hilfe > Info**).",
        "Vielen Dank für Ihre Geduld!",
    ],
    target=[
        "Troubleshooting the VPN connection with Brückner Connect",
        "If Brückner Connect does not connect to the company network, the following steps will help you in most cases. These instructions apply to version 6.4 on Windows and macOS.",
        "1. Check whether your calculator is connected to the internet. To do this, open any website in the browser.",
        "2. In the notification area of the taskbar, click the lock icon and select **Show status**. If it says \u201cDisconnected\u201d, click **Connect**.",
        "3. If the message „Certificate invalid (error 809)“ appears, open **Settings > Certificates** and click **Renew certificate**.",
        "4. Restart the service. To do this, press Strg+Alt+R or run the following command in a command prompt with administrator rights:",
        "`net stop BruecknerVPN &amp;&amp; net start BruecknerVPN`",
        "5. If you are connected via a hotel or guest Wi-Fi, first log on to the network\u2019s sign-in page in your browser and only then establish the VPN connection.",
        "**Note:** The connection is automatically disconnected after 8 minutes of inactivity. This is not an error.",
        "You can find the log file under `C:\\ProgramData\\Brueckner\\Logs\\connect.log`. The maximum size is 2,5 MB; older entries are overwritten.",
        "If none of these steps help, send the log file to it-support@brueckner.example.",
        "Thank you for your patience!",
    ],
    beads=None,
    artefacts=[
        ("mistranslation", "target", 2, "calculator", "'Rechner' (computer) rendered as 'calculator'"),
        ("typography", "target", 4, "„Certificate invalid (error 809)“", "German quotation marks kept in English"),
        ("untranslated", "target", 5, "Strg", "German key name 'Strg' kept; English keyboards read Ctrl"),
        ("markup", "target", 6, "&amp;&amp;", "'&&' of the command HTML-escaped"),
        ("addition", "target", 7, "in your browser", "'in your browser' has no counterpart in the source"),
        ("number", "target", 8, "8 minutes", "'8 Stunden' (hours) became minutes"),
        ("number", "target", 9, "2,5 MB", "German decimal comma kept in English (2.5 MB)"),
        ("omission", "source", 10, "Geben Sie dabei Ihre Geräte-ID an (unter **Hilfe > Info**).", "sentence asking for the device ID dropped"),
    ],
    clean=[0, 1, 3, 11],
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
            e["note"] = note
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
