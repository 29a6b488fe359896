<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../spasm_desktop/ui/common/text.py" line="+57"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time for a glass of water</source>
        <translation>Zeit für ein Glas Wasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a short stretch</source>
        <translation>Zeit für eine kurze Dehnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to get up and move</source>
        <translation>Zeit, aufzustehen und sich zu bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime stretches</source>
        <translation>Dehnübungen vor dem Schlafen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ml</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fl oz</source>
        <translation>%1 fl oz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>So far today you have logged %1. Your clinician&apos;s limit is %2 a day.</source>
        <translation>Heute haben Sie bisher %1 eingetragen. Ihre ärztlich festgelegte Grenze liegt bei %2 pro Tag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A glass of %1 now. So far today: %2.</source>
        <translation>Jetzt ein Glas mit %1. Heute bisher: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A glass of %1 now. So far today: %2 of %3.</source>
        <translation>Jetzt ein Glas mit %1. Heute bisher: %2 von %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two minutes of gentle desk stretches for your legs and neck.</source>
        <translation>Zwei Minuten sanfte Dehnübungen am Schreibtisch für Beine und Nacken.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You have been sitting for %n minutes. Stand up and walk for 2 to 5 minutes.</source>
        <translation>
            <numerusform>Sie sitzen seit %n Minute. Stehen Sie auf und gehen Sie 2 bis 5 Minuten umher.</numerusform>
            <numerusform>Sie sitzen seit %n Minuten. Stehen Sie auf und gehen Sie 2 bis 5 Minuten umher.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standing is hard? Circle your ankles in your chair instead.</source>
        <translation>Aufstehen fällt schwer? Kreisen Sie stattdessen im Sitzen mit den Füßen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedtime is at %1. Calf and hamstring stretches before sleep may help reduce night cramps for some people.</source>
        <translation>Schlafenszeit ist um %1. Dehnübungen für Waden und Oberschenkelrückseite vor dem Schlafen können bei manchen Menschen helfen, nächtliche Krämpfe zu verringern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For %1 seconds.</source>
        <translation>%1 Sekunden lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold %1 seconds, relax %2 seconds, %3 times.</source>
        <translation>%1 Sekunden halten, %2 Sekunden entspannen, %3-mal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold %1 seconds, %2 times.</source>
        <translation>%1 Sekunden halten, %2-mal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold %1 seconds.</source>
        <translation>%1 Sekunden halten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each leg.</source>
        <translation>Jedes Bein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each foot.</source>
        <translation>Jeder Fuß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each hand.</source>
        <translation>Jede Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side.</source>
        <translation>Jede Seite.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stretch gently. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <translation>Sanft dehnen. Hören Sie auf, wenn Sie einen stechenden Schmerz, Schwindel, Taubheit oder Kribbeln spüren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent surgery, a joint replacement or a new injury? Check with your clinician before stretching.</source>
        <translation>Kürzlich operiert, ein künstliches Gelenk oder eine neue Verletzung? Fragen Sie Ihren Arzt, bevor Sie dehnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnant? Check with your midwife or doctor before starting new stretches. The research on stretching for night cramps did not include pregnant people.</source>
        <translation>Schwanger? Fragen Sie Ihre Hebamme oder Ihren Arzt, bevor Sie mit neuen Dehnübungen beginnen. Die Forschung zum Dehnen bei nächtlichen Krämpfen hat schwangere Menschen nicht einbezogen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsteady on your feet? Hold on to something fixed, such as a wall, a bed frame or a heavy table, never a chair on wheels. Or do the stretches seated.</source>
        <translation>Unsicher auf den Beinen? Halten Sie sich an etwas Festem fest, zum Beispiel an einer Wand, einem Bettgestell oder einem schweren Tisch, niemals an einem Stuhl mit Rollen. Oder machen Sie die Dehnübungen im Sitzen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fluid needs vary. If a clinician told you to limit fluids (for example for heart, kidney or liver conditions, or with water pills), follow their advice and enter your limit. The limit is a ceiling, not a goal. Drinking too much water can be harmful.</source>
        <translation>Der Flüssigkeitsbedarf ist verschieden. Wenn ein Arzt Ihnen gesagt hat, die Trinkmenge zu begrenzen (zum Beispiel bei Herz-, Nieren- oder Lebererkrankungen oder mit Entwässerungstabletten), folgen Sie diesem Rat und tragen Sie Ihre Grenze ein. Die Grenze ist eine Obergrenze, kein Ziel. Zu viel Wasser zu trinken kann schaden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>General wellness reminders, not medical advice.</source>
        <translation>Allgemeine Erinnerungen für das Wohlbefinden, kein ärztlicher Rat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call your local emergency number for unbearable pain, cramps all over the body, chest pain or trouble breathing.</source>
        <translation>Rufen Sie Ihre örtliche Notrufnummer an bei unerträglichen Schmerzen, Krämpfen am ganzen Körper, Brustschmerzen oder Atemnot.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <comment>between warning signs</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call your local emergency number now for: %1.</source>
        <translation>Rufen Sie jetzt Ihre örtliche Notrufnummer an bei: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full list of warning signs could not be loaded.</source>
        <translation>Die vollständige Liste der Warnzeichen konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency: call your local emergency number or go to the emergency room now</source>
        <translation>Notfall: Rufen Sie jetzt Ihre örtliche Notrufnummer an oder gehen Sie in die Notaufnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get medical advice today</source>
        <translation>Heute ärztlichen Rat einholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk to your provider soon</source>
        <translation>Bald mit Ihrer Arztpraxis sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention at your next visit</source>
        <translation>Beim nächsten Arztbesuch ansprechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your doctor, urgent care or a nurse line, the same day.</source>
        <translation>Ihre Arztpraxis, ein ärztlicher Bereitschaftsdienst oder ein medizinisches Beratungstelefon, noch am selben Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book an appointment.</source>
        <translation>Vereinbaren Sie einen Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your diary.</source>
        <translation>Bringen Sie Ihr Tagebuch mit.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed while paused</source>
        <translation>verpasst während der Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back while busy</source>
        <translation>zurückgehalten (beschäftigt)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Away from the computer (sitting timer paused at %1)</source>
        <translation>Nicht am Computer (Sitz-Zeitmesser angehalten bei %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a break from sitting</source>
        <translation>Pause vom Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Sitzen seit %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The app notices how long the keyboard and mouse have been idle: being away for a while counts as a break.</source>
        <translation>Die App merkt, wie lange Tastatur und Maus nicht benutzt wurden: Eine Weile weg zu sein zählt als Pause.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation>Diese Arbeitsumgebung teilt der App nicht mit, wann Sie weg sind. Deshalb zählt die Bewegungserinnerung die Uhrzeit seit Ihrer letzten Pause statt der Zeit am Computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move reminder counts clock time (away time not detected)</source>
        <translation>Bewegungserinnerung zählt Uhrzeit (Abwesenheit nicht erkannt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a meeting app</source>
        <translation>eine Besprechungs-App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system&apos;s do-not-disturb is on</source>
        <translation>„Nicht stören“ des Systems ist an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a full-screen window is in front</source>
        <translation>ein Vollbildfenster ist im Vordergrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Get ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Switch sides</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to your left leg</source>
        <translation>Wechseln Sie zum linken Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right leg</source>
        <translation>Wechseln Sie zum rechten Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left foot</source>
        <translation>Wechseln Sie zum linken Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right foot</source>
        <translation>Wechseln Sie zum rechten Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left hand</source>
        <translation>Wechseln Sie zur linken Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right hand</source>
        <translation>Wechseln Sie zur rechten Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left side</source>
        <translation>Wechseln Sie zur linken Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right side</source>
        <translation>Wechseln Sie zur rechten Seite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repetition %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep sheets and blankets loose at the foot of the bed.</source>
        <translation>Lassen Sie Laken und Decken am Fußende des Bettes locker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your back? Prop your feet with a pillow so your toes point up.</source>
        <translation>Schlafen Sie auf dem Rücken? Stützen Sie die Füße mit einem Kissen, sodass die Zehen nach oben zeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your front? Let your feet hang over the end of the bed.</source>
        <translation>Schlafen Sie auf dem Bauch? Lassen Sie die Füße über das Bettende hängen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spasm Desktop — %1</source>
        <comment>window title: the app, then the window</comment>
        <translation>Spasm Desktop — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1/10</source>
        <comment>a pain rating from 0 to 10</comment>
        <translation>%1/10</translation>
    </message>
</context>
<context>
    <name>AddNightsDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/add_nights.py" line="+160"/>
        <location line="+1"/>
        <source>Add nights</source>
        <translation>Nächte hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row a night, as on the bedside sheet. Type how many cramps (0 for none), Tab to the next box, Enter for the next night. An empty row changes nothing. A night you answered already shows its answer: change it to replace it. Cramps already in your diary stay: count only any others.</source>
        <translation>Eine Zeile pro Nacht, wie auf dem Nachttisch-Blatt. Geben Sie ein, wie viele Krämpfe Sie hatten (0 für keine), mit der Tab-Taste zum nächsten Feld, mit der Eingabetaste zur nächsten Nacht. Eine leere Zeile ändert nichts. Eine Nacht, die Sie schon beantwortet haben, zeigt ihre Antwort: Ändern Sie sie, um sie zu ersetzen. Krämpfe, die schon in Ihrem Tagebuch stehen, bleiben: Zählen Sie nur die anderen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First night</source>
        <translation>Erste Nacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From the night of</source>
        <translation>&amp;Von der Nacht vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nights, oldest first</source>
        <translation>Nächte, älteste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the nights</source>
        <translation>Die Nächte speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No nights to enter: choose an earlier first night.</source>
        <translation>Keine Nächte zum Eintragen: Wählen Sie eine frühere erste Nacht.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_backups.py" line="+43"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Where your data is</source>
        <translation>Wo Ihre Daten sind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records:</source>
        <translation>Aufzeichnungen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your records are</source>
        <translation>Wo Ihre Aufzeichnungen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your settings are</source>
        <translation>Wo Ihre Einstellungen sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups:</source>
        <translation>Automatische Sicherungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the automatic backups are</source>
        <translation>Wo die automatischen Sicherungen sind</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a day the app saves a full backup of your records and settings. The newest %1 are kept; older ones are removed.</source>
        <translation>Einmal am Tag speichert die App eine vollständige Sicherung Ihrer Aufzeichnungen und Einstellungen. Die neuesten %1 werden behalten, ältere werden gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The newest automatic backup</source>
        <translation>Die neueste automatische Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the backup</source>
        <translation>Ergebnis der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make today&apos;s backup now</source>
        <translation>Die heutige Sicherung jetzt erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the backups</source>
        <translation>Den Ordner mit den Sicherungen öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of everything now (on the Export tab)</source>
        <translation>Jetzt eine Kopie von allem speichern (auf der Registerkarte „Export“)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest is from %1. There are %2 in the folder.</source>
        <translation>Die neueste ist vom %1. Anzahl im Ordner: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no automatic backup yet.</source>
        <translation>Es gibt noch keine automatische Sicherung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the backup in %1: %2.</source>
        <translation>Die Sicherung konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1.</source>
        <translation>Ihre Aufzeichnungen konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved today&apos;s backup: %1.</source>
        <translation>Heutige Sicherung gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s backup already exists (saved at %1).</source>
        <translation>Die heutige Sicherung gibt es schon (gespeichert um %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s backup already exists.</source>
        <translation>Die heutige Sicherung gibt es schon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To save a copy with everything as it is now, use Save a copy.</source>
        <translation>Um eine Kopie mit allem im jetzigen Stand zu speichern, nutzen Sie „Kopie speichern“.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/body_map.py" line="+217"/>
        <source>Body picture</source>
        <translation>Körperbild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left calf</source>
        <translation>Linke Wade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right calf</source>
        <translation>Rechte Wade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the left thigh</source>
        <translation>Rückseite des linken Oberschenkels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the right thigh</source>
        <translation>Rückseite des rechten Oberschenkels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the left thigh</source>
        <translation>Vorderseite des linken Oberschenkels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the right thigh</source>
        <translation>Vorderseite des rechten Oberschenkels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <comment>the body part</comment>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Use the arrow keys to pick where the cramp is, then press Enter.</source>
        <translation>Wählen Sie mit den Pfeiltasten, wo der Krampf ist, und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Front</source>
        <comment>the view</comment>
        <translation>Vorne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <comment>the view</comment>
        <translation>Hinten</translation>
    </message>
</context>
<context>
    <name>BusyTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_busy.py" line="+37"/>
        <source>While you are busy, reminders do not pop up or play a sound. They wait, and when you are free again they come back once, together.</source>
        <translation>Während Sie beschäftigt sind, erscheinen Erinnerungen nicht und geben keinen Ton. Sie warten, und wenn Sie wieder frei sind, kommen sie einmal gesammelt zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About do not disturb</source>
        <translation>Über „Nicht stören“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait while the system&apos;s do-not-disturb or &amp;presentation mode is on</source>
        <translation>Warten, solange „Nicht stören“ oder der &amp;Präsentationsmodus des Systems an ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while the system&apos;s do-not-disturb or presentation mode is on</source>
        <translation>Warten, solange „Nicht stören“ oder der Präsentationsmodus des Systems an ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait while a window is &amp;full-screen (presentations, videos, games)</source>
        <translation>Warten, solange ein Fenster im Vollbil&amp;d ist (Präsentationen, Videos, Spiele)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while a window is full-screen (presentations, videos, games)</source>
        <translation>Warten, solange ein Fenster im Vollbild ist (Präsentationen, Videos, Spiele)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programs that make reminders wait</source>
        <translation>Programme, bei denen Erinnerungen warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No programs</source>
        <translation>Keine Programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait w&amp;hile these programs are running (one per line):</source>
        <translation>Warten, solange diese Programme &amp;laufen (eines pro Zeile):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the program&apos;s process name, such as “zoom” or “Teams”. Upper and lower case do not matter, and “.exe” can be left out.</source>
        <translation>Verwenden Sie den Prozessnamen des Programms, etwa „zoom“ oder „Teams“. Groß- und Kleinschreibung spielt keine Rolle, „.exe“ kann weggelassen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About program names</source>
        <translation>Über Programmnamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default list of programs</source>
        <translation>Die Standardliste der Programme wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ad&amp;vanced: programs that make reminders wait</source>
        <translation>&amp;Erweitert: Programme, bei denen Erinnerungen warten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To hold reminders by hand, use Pause reminders in the tray menu: its Hold choices keep what comes due and show it afterwards.</source>
        <translation>Um Erinnerungen selbst zurückzuhalten, nutzen Sie „Erinnerungen pausieren“ im Menü des Infobereichs: Die Möglichkeiten „Zurückhalten“ behalten, was fällig wird, und zeigen es danach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holding reminders by hand</source>
        <translation>Erinnerungen selbst zurückhalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>While you are busy: a program name can have at most %1 characters. Shorten the one that starts with %2.</source>
        <translation>Während Sie beschäftigt sind: Ein Programmname darf höchstens %1 Zeichen haben. Kürzen Sie den, der mit %2 beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While you are busy: list at most %1 programs.</source>
        <translation>Während Sie beschäftigt sind: Geben Sie höchstens %1 Programme an.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_widget.py" line="+26"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="+67"/>
        <location line="+4"/>
        <source>How was last night?</source>
        <translation>Wie war die letzte Nacht?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Morning check-in</source>
        <translation>Kurzabfrage am Morgen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The night of %1</source>
        <translation>Die Nacht vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-week log: night %1 of %2</source>
        <translation>Zwei-Wochen-Protokoll: Nacht %1 von %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;No cramps</source>
        <translation>&amp;Keine Krämpfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps last night</source>
        <translation>Keine Krämpfe letzte Nacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not &amp;sure</source>
        <translation>&amp;Nicht sicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>I had cramps</source>
        <translation>Ich hatte Krämpfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;3 or more</source>
        <translation>&amp;3 oder mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 or more cramps</source>
        <translation>3 oder mehr Krämpfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The worst, from 0 (no pain) to 10 (worst pain)</source>
        <translation>Der schlimmste, von 0 (kein Schmerz) bis 10 (stärkster Schmerz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worst, 0 to 10</source>
        <translation>&amp;Schlimmster, 0 bis 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+30"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which si&amp;de</source>
        <translation>Welche Sei&amp;te</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They w&amp;oke me up</source>
        <translation>Sie haben mich &amp;aufgeweckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They woke me up</source>
        <translation>Sie haben mich geweckt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cramp somewhere else, or with a warning sign? Add it in the diary.</source>
        <translation>Ein Krampf an einer anderen Stelle oder mit einem Warnzeichen? Tragen Sie ihn ins Tagebuch ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cramps of last night</source>
        <translation>Die Krämpfe der letzten Nacht speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <comment>suffix of a number of minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the longest lasted, in minutes</source>
        <translation>Wie lange der längste dauerte, in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long the longest lasted</source>
        <translation>Wie &amp;lange der längste dauerte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much they disturbed your sleep, from 0 (not at all) to 10 (very much)</source>
        <translation>Wie sehr sie Ihren Schlaf gestört haben, von 0 (gar nicht) bis 10 (sehr stark)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much they disturbed your s&amp;leep, 0 to 10</source>
        <translation>Wie sehr sie den Schla&amp;f störten, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../spasm_desktop/commands.py" line="+129"/>
        <source>Spasm Desktop did not answer in time (it may be busy); your request was passed to it and is carried out when it is free.</source>
        <translation>Spasm Desktop hat nicht rechtzeitig geantwortet (es ist vielleicht beschäftigt); Ihre Anfrage wurde weitergegeben und wird ausgeführt, sobald es frei ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop is running but not answering right now (it may be busy); nothing was changed. Try again in a moment.</source>
        <translation>Spasm Desktop läuft, antwortet aber gerade nicht (es ist vielleicht beschäftigt); es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Do not disturb is off.</source>
        <translation>„Nicht stören“ ist aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not disturb is on until you turn it off (spasm-desktop dnd off).</source>
        <translation>„Nicht stören“ ist an, bis Sie es ausschalten (spasm-desktop dnd off).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not disturb until %1.</source>
        <translation>Nicht stören bis %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: your records are damaged (%1). Nothing was done and the file was not changed. Start Spasm Desktop to recover what can still be read. The damaged file: %2</source>
        <translation>Fehler: Ihre Aufzeichnungen sind beschädigt (%1). Es wurde nichts getan und die Datei nicht verändert. Starten Sie Spasm Desktop, um zu retten, was noch lesbar ist. Die beschädigte Datei: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Spasm Desktop is not running, so no reminder is open. Start it with: %1</source>
        <translation>Spasm Desktop läuft nicht, daher ist keine Erinnerung offen. Starten Sie es mit: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop is not running, so there is nothing to %1. Start it with: %2</source>
        <comment>%1 is the command typed: pause, resume or dnd</comment>
        <translation>Spasm Desktop läuft nicht, daher gibt es für „%1“ nichts zu tun. Starten Sie es mit: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders were not paused.</source>
        <translation>Die Erinnerungen waren nicht pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder has the keyboard.</source>
        <translation>Die Erinnerung hat jetzt die Tastatur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder is open.</source>
        <translation>Es ist keine Erinnerung offen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused until %1.</source>
        <translation>Pausiert bis %1.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+177"/>
        <source>Seconds left in this step</source>
        <translation>Verbleibende Sekunden in diesem Schritt</translation>
    </message>
</context>
<context>
    <name>DiaryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="+110"/>
        <location line="+2"/>
        <source>Cramp diary</source>
        <translation>Krampftagebuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of cramps shown</source>
        <translation>Anzahl der angezeigten Krämpfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded cramps, newest first</source>
        <translation>Eingetragene Krämpfe, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How bad</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in</source>
        <translation>Eingetragen in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No cramps recorded in this period.</source>
        <translation>In diesem Zeitraum sind keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp</source>
        <translation>Einen Krampf hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cramp (%1)</source>
        <translation>Einen Krampf hinzufügen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cramp</source>
        <translation>Den ausgewählten Krampf bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected cramp</source>
        <translation>Den ausgewählten Krampf löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;nights…</source>
        <translation>&amp;Nächte hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nights from your notes</source>
        <translation>Nächte aus Ihren Notizen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter several past nights at once, one row a night</source>
        <translation>Mehrere vergangene Nächte auf einmal eintragen, eine Zeile pro Nacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the selected cramp told at the check-in with one logged that night</source>
        <translation>Den ausgewählten Krampf aus der Kurzabfrage am Morgen mit einem in dieser Nacht eingetragenen zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same cramp twice: keep the one logged in the night, with its time</source>
        <translation>Derselbe Krampf doppelt: den in der Nacht eingetragenen behalten, mit seiner Uhrzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the diary</source>
        <translation>Das Tagebuch schließen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night of %1, time not known</source>
        <translation>Nacht vom %1, Uhrzeit unbekannt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cramp saved: %1, %2.</source>
        <translation>Krampf gespeichert: %1, %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp deleted: %1, %2.</source>
        <translation>Krampf gelöscht: %1, %2.</translation>
    </message>
    <message>
        <source>Saved the %1 cramp of %2.</source>
        <translation type="vanished">Krampf (%1) vom %2 gespeichert.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved the cramp of %1.</source>
        <translation>Krampf vom %1 gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the %1 cramp of %2.</source>
        <translation type="vanished">Krampf (%1) vom %2 gelöscht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted the cramp of %1.</source>
        <translation>Krampf vom %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Undo adding the nights</source>
        <translation>Das Hinzufügen der Nächte rückgängig machen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo the merge</source>
        <translation>Das Zusammenführen rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into the cramp of %1.</source>
        <translation>Mit dem Krampf vom %1 zusammengeführt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two cramps are back as they were.</source>
        <translation>Die beiden Krämpfe sind wieder wie vorher.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cramp is back.</source>
        <translation>Der Krampf ist wieder da.</translation>
    </message>
</context>
<context>
    <name>DrinkAmountDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="+368"/>
        <source>Log a drink</source>
        <translation>Getränk eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ml</source>
        <translation> ml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> fl oz</source>
        <translation> fl oz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Menge:</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/episode_dialog.py" line="+75"/>
        <source>Edit a cramp</source>
        <translation>Krampf bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a cramp</source>
        <translation>Krampf hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it started (date and time)</source>
        <translation>Wann er begann (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sta&amp;rted:</source>
        <translation>Beg&amp;onnen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where (area)</source>
        <translation>Wo (Bereich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+202"/>
        <location line="+35"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;ide:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 is no pain, 10 the worst</source>
        <translation>0 ist kein Schmerz, 10 der stärkste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;bad (0–10):</source>
        <translation>Wie s&amp;tark (0–10):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not &amp;known</source>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted is not known</source>
        <translation>Die Dauer ist unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+207"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>How long it lasted: minutes</source>
        <translation>Dauer: Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted: seconds</source>
        <translation>Dauer: Sekunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How &amp;long:</source>
        <translation>Wie &amp;lange:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;More details</source>
        <translation>&amp;Mehr Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it felt like, what helped, notes, triggers, sleep and warning signs</source>
        <translation>Wie es sich anfühlte, was geholfen hat, Notizen, Auslöser, Schlaf und Warnzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>More details (optional)</source>
        <translation>Mehr Angaben (freiwillig)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Care advice for the warning signs ticked</source>
        <translation>Rat zu den angekreuzten Warnzeichen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The cramp&apos;s details</source>
        <translation>Die Angaben zum Krampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Vor dem Speichern zu behebende Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the cramp</source>
        <translation>Den Krampf speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What it felt like:</source>
        <translation>Wie es sich anfühlte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation>Was Sie gerade taten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Was geholfen hat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>After the cramp</source>
        <translation>Nach dem Krampf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the cramp: triggers, sleep and warning signs</source>
        <translation>Nach dem Krampf: Auslöser, Schlaf und Warnzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exercise</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>Hitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long sitting</source>
        <translation>langes Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long standing</source>
        <translation>langes Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough to drink</source>
        <translation>zu wenig getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new medicine</source>
        <translation>ein neues Medikament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible triggers:</source>
        <translation>Mögliche Auslöser:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes until it eased</source>
        <translation>Minuten, bis er nachließ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to relie&amp;f:</source>
        <translation>&amp;Zeit bis zur Linderung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did it wake you up</source>
        <translation>Hat er Sie geweckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;oke you up:</source>
        <translation>Hat Sie &amp;aufgeweckt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much it disturbed your sleep, from 0 (not at all) to 10</source>
        <translation>Wie sehr er Ihren Schlaf gestört hat, von 0 (gar nicht) bis 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep dis&amp;turbance (0–10):</source>
        <translation>Schlafstö&amp;rung (0–10):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How sore it was the next day, from 0 (not at all) to 10</source>
        <translation>Wie sehr der Muskel am nächsten Tag noch schmerzte, von 0 (gar nicht) bis 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore the next &amp;day (0–10):</source>
        <translation>Sc&amp;hmerzen am nächsten Tag (0–10):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning signs:</source>
        <translation>Warnzeichen:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The start is in the future.</source>
        <translation>Der Beginn liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp lasts more than 0 seconds (or tick “Not known”).</source>
        <translation>Ein Krampf dauert länger als 0 Sekunden (oder kreuzen Sie „Unbekannt“ an).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start time has no time zone.</source>
        <translation>Die Anfangszeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cramp can be recorded for at most 24 hours.</source>
        <translation>Ein Krampf kann höchstens für 24 Stunden eingetragen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the areas.</source>
        <translation>Wählen Sie einen der Bereiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose left, right or both.</source>
        <translation>Wählen Sie links, rechts oder beide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad is a whole number from 0 to 10.</source>
        <translation>„Wie stark“ ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time to relief is at most 240 minutes.</source>
        <translation>Die Zeit bis zur Linderung ist höchstens 240 Minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disturbance is a whole number from 0 to 10.</source>
        <translation>Die Schlafstörung ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soreness is a whole number from 0 to 10.</source>
        <translation>„Schmerzen am nächsten Tag“ ist eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/exercise_library.py" line="+40"/>
        <source>Find exercises by name or muscle</source>
        <translation>Übungen nach Name oder Muskel suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or muscle</source>
        <translation>Name oder Muskel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds the selected exercise after the selected step.</source>
        <translation>Die Eingabetaste fügt die ausgewählte Übung nach dem ausgewählten Schritt ein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◂ &amp;Add</source>
        <translation>◂ &amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exercise after the selected step</source>
        <translation>Die Übung nach dem ausgewählten Schritt einfügen</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_export.py" line="+83"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save your records to a file: to show a clinician, to open in a spreadsheet, or to keep as a backup.</source>
        <translation>Speichern Sie Ihre Aufzeichnungen in einer Datei: um sie einem Arzt zu zeigen, um sie in einer Tabellenkalkulation zu öffnen oder als Sicherung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the period</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the export</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the export</source>
        <translation>Den Ordner des Exports öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export: choose where to save</source>
        <translation>Export: Speicherort wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>What to save</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report for a clinician (&amp;PDF)</source>
        <translation>Bericht für den &amp;Arzt (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spreadsheet files, one per kind of record</source>
        <translation>&amp;Tabellendateien, eine pro Art von Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup, to restore later</source>
        <translation>Vollständi&amp;ge Sicherung, zum späteren Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A readable report of the period, to print or to take to an appointment.</source>
        <translation>Ein lesbarer Bericht über den Zeitraum, zum Ausdrucken oder zum Mitnehmen zu einem Termin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: this installation cannot write PDF reports.</source>
        <translation>Nicht verfügbar: Diese Installation kann keine PDF-Berichte schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for a clinician (PDF)</source>
        <translation>Bericht für den Arzt (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheet files, one per kind of record</source>
        <translation>Tabellendateien, eine pro Art von Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new folder with one file for each kind of record (drinks, cramps, breaks, ...), in a plain table format (CSV) that LibreOffice Calc, Excel and other spreadsheet programs open.</source>
        <translation>Ein neuer Ordner mit einer Datei für jede Art von Eintrag (Getränke, Krämpfe, Pausen, ...), in einem einfachen Tabellenformat (CSV), das LibreOffice Calc, Excel und andere Tabellenprogramme öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full backup, to restore later</source>
        <translation>Vollständige Sicherung, zum späteren Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The records of the period and your settings in one file, which the Restore tab can read back.</source>
        <translation>Die Aufzeichnungen des Zeitraums und Ihre Einstellungen in einer Datei, die die Registerkarte „Wiederherstellen“ wieder einlesen kann.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Which records</source>
        <translation>Welche Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded</source>
        <translation>Alles Eingetragene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dates below</source>
        <translation>Die Daten unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perio&amp;d:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (first day included)</source>
        <translation>Von (erster Tag eingeschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (last day included)</source>
        <translation>Bis (letzter Tag eingeschlossen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole days, from midnight to midnight.</source>
        <translation>Ganze Tage, von Mitternacht bis Mitternacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>On the report (optional)</source>
        <translation>Im Bericht (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, printed at the top of the report</source>
        <translation>Ihr Name, oben auf den Bericht gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left off when empty</source>
        <translation>Leer lassen, um ihn wegzulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes and questions for the appointment</source>
        <translation>Notizen und Fragen für den Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to ask, or what changed</source>
        <translation>Was Sie fragen möchten oder was sich geändert hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions or notes:</source>
        <translation>&amp;Fragen oder Notizen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on page 2 of the report, and kept here for the next one.</source>
        <translation>Wird auf Seite 2 des Berichts gedruckt und hier für den nächsten aufbewahrt.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag: Ändern Sie eines der Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report covers a period: choose one of the periods or dates.</source>
        <translation>Ein Bericht umfasst einen Zeitraum: Wählen Sie einen der Zeiträume oder Daten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the backup</source>
        <translation>Die Sicherung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spasm backups (*.json)</source>
        <translation>Spasm-Sicherungen (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to put the folder of CSV files</source>
        <translation>Wählen Sie, wo der Ordner mit den CSV-Dateien hin soll</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save to %1: %2. Nothing was saved.</source>
        <translation>Speichern in %1 nicht möglich: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1. Nothing was saved.</source>
        <translation>Ihre Aufzeichnungen konnten nicht gelesen werden: %1. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the report to %1.</source>
        <translation>Bericht gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 to %2, with your settings.</source>
        <translation>%1 in %2 gespeichert, mit Ihren Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1 to the folder %2.</source>
        <translation>%1 im Ordner %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_general.py" line="+36"/>
        <source>Display language</source>
        <translation>Anzeigesprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dis&amp;play language</source>
        <translation>Anzeiges&amp;prache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you save, Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation>Nach dem Speichern zeigt Spasm Desktop die neue Sprache beim nächsten Start. Um sie gleich zu sehen, beenden Sie Spasm Desktop über das Menü im Infobereich und starten Sie es neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume unit</source>
        <translation>Mengeneinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation>Milliliter (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>US-Flüssigunzen (fl oz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uni&amp;ts</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login</source>
        <translation>Bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%</source>
        <comment>a text size, in percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (as the system&apos;s)</source>
        <comment>the normal text size</comment>
        <translation>%1 (wie im System)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;xt size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows you open after saving use this size. Windows already open change fully when you close them and open them again.</source>
        <translation>Fenster, die Sie nach dem Speichern öffnen, verwenden diese Größe. Bereits offene Fenster ändern sich ganz, wenn Sie sie schließen und wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history.py" line="+68"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything recorded</source>
        <translation>Alles Eingetragene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report for a clinician…</source>
        <translation>&amp;Bericht für den Arzt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a report of this period for a clinician</source>
        <translation>Einen Bericht über diesen Zeitraum für den Arzt erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp &amp;diary…</source>
        <translation>Krampf&amp;tagebuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the cramp diary</source>
        <translation>Das Krampftagebuch öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The period in short</source>
        <translation>Der Zeitraum in Kürze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Nach Monaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Den Verlauf schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days of the period, newest first</source>
        <translation>Tage des Zeitraums, neueste zuerst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Streaks and comparisons</source>
        <translation>Serien und Vergleiche</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no water goal set</source>
        <translation>kein Wasserziel festgelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine, nights in a row</source>
        <translation>Abendübungen, Nächte in Folge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water goal reached, days in a row</source>
        <translation>Wasserziel erreicht, Tage in Folge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights without a night cramp, in a row</source>
        <translation>Eingetragene Nächte ohne nächtlichen Krampf, in Folge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 now; longest in this period %3.</source>
        <translation>%1: jetzt %2; längste Serie in diesem Zeitraum %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nights after the bedtime routine and nights without</source>
        <translation>Nächte mit und ohne Abendübungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These are your own counts side by side, not a test of whether the routine works: other things change from night to night too (activity, heat, drinks, medicines), and a few nights can differ by chance. In one study of adults over 55, stretching the calves and hamstrings every night before bed for 6 weeks led to fewer and less painful night cramps; another study found no benefit, so results vary.</source>
        <translation>Dies sind Ihre eigenen Zahlen nebeneinander, kein Test, ob die Übungsfolge wirkt: Auch anderes ändert sich von Nacht zu Nacht (Bewegung, Hitze, Getränke, Medikamente), und ein paar Nächte können zufällig verschieden sein. In einer Studie mit Erwachsenen über 55 führte tägliches Dehnen der Waden und der Oberschenkelrückseite vor dem Schlafengehen über 6 Wochen zu weniger und weniger schmerzhaften nächtlichen Krämpfen; eine andere Studie fand keinen Nutzen, die Ergebnisse sind also unterschiedlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A night runs from noon to noon. A night cramp started between %1 and %2, or was marked as asleep, in bed or woke me. Only nights that are over and since your first record count, and only recorded ones: a night with no cramp logged and no morning check-in answer is left out.</source>
        <translation>Eine Nacht geht von Mittag bis Mittag. Ein nächtlicher Krampf hat zwischen %1 und %2 begonnen oder wurde als „im Schlaf“, „im Bett“ oder „hat mich geweckt“ markiert. Es zählen nur Nächte, die vorbei sind und nach Ihrem ersten Eintrag liegen, und nur eingetragene: Eine Nacht ohne eingetragenen Krampf und ohne Antwort auf die Kurzabfrage am Morgen wird weggelassen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No nights to compare in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Nächte zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No night in this period had the bedtime routine done, so there is nothing to compare yet.</source>
        <translation>In keiner Nacht dieses Zeitraums wurden die Abendübungen gemacht, es gibt also noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You did the bedtime routine on every night of this period.</source>
        <translation>Sie haben die Abendübungen in jeder Nacht dieses Zeitraums gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night cramps on %1 of %2 nights (%3 in all, %4 per night)</source>
        <translation>nächtliche Krämpfe in %1 von %2 Nächten (%3 insgesamt, %4 pro Nacht)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the bedtime routine: %1. Without it: %2.</source>
        <translation>Nach den Abendübungen: %1. Ohne sie: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wk %1</source>
        <translation>Wo. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cramps by time of day</source>
        <translation>Krämpfe nach Tageszeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps by body area</source>
        <translation>Krämpfe nach Körperbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worst severity per week (0–10)</source>
        <translation>Stärkster Schmerz pro Woche (0–10)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with the bedtime routine, per week</source>
        <translation>Nächte mit Abendübungen, pro Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nights in the week</source>
        <translation>Nächte in der Woche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your fluid limit</source>
        <translation>Ihre Trinkmengengrenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Water per day</source>
        <translation>Wasser pro Tag</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Water per day, against your fluid limit of %1: over the limit on %2 of %3 days; no drink was logged on %4.</source>
        <translation>Wasser pro Tag im Vergleich zu Ihrer Trinkmengengrenze von %1: über der Grenze an %2 von %3 Tagen; an %4 wurde kein Getränk eingetragen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Water per day: the goal was reached on %1 of %2 days with a goal; no drink was logged on %3.</source>
        <translation>Wasser pro Tag: Das Ziel wurde an %1 von %2 Tagen mit Ziel erreicht; an %3 wurde kein Getränk eingetragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Water, average per day of each week</source>
        <translation>Wasser, Durchschnitt pro Tag jeder Woche</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="+168"/>
        <source>Water, stretch and move reminders come only during these hours.</source>
        <translation>Erinnerungen an Wasser, Dehnen und Bewegung kommen nur in diesen Stunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I work on certain da&amp;ys</source>
        <translation>Ich arbeite an bestimmten &amp;Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work on certain days</source>
        <translation>Ich arbeite an bestimmten Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation>Ich arbeite nicht / bin im &amp;Ruhestand: jeden Tag erinnern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation>Ich arbeite nicht oder bin im Ruhestand: jeden Tag erinnern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every day: reminders from</source>
        <translation>Jeden Tag: Erinnerungen ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day: until</source>
        <translation>Jeden Tag: bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day fro&amp;m</source>
        <translation>Jeden Tag &amp;von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An end earlier than the start runs past midnight into the next morning.</source>
        <translation>Ein Ende vor dem Beginn reicht über Mitternacht in den nächsten Morgen.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/learn.py" line="+98"/>
        <location line="+2"/>
        <location line="+30"/>
        <source>Learn about cramps</source>
        <translation>Wissen über Krämpfe</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section to jump to it; press Enter to read it</source>
        <translation>Wählen Sie einen Abschnitt, um dorthin zu springen; drücken Sie die Eingabetaste, um ihn zu lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Learn page</source>
        <translation>Wissensseite</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Caution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick the ones you do. Your ticks stay on this computer.</source>
        <translation>Kreuzen Sie an, was Sie tun. Ihre Häkchen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: %1 [%2]</source>
        <translation>Quellen: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Copy questions</source>
        <translation>Fragen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the questions to the clipboard</source>
        <translation>Die Fragen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Print the questions</source>
        <translation>Die Fragen drucken</translation>
    </message>
</context>
<context>
    <name>MonthsPage</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+57"/>
        <source>Your whole record, month by month: do your cramps change with the time of year? Only nights you recorded count (a cramp logged, or the morning check-in answered); months without one recorded night show —.</source>
        <translation>Ihre gesamten Aufzeichnungen, Monat für Monat: Ändern sich Ihre Krämpfe mit der Jahreszeit? Es zählen nur eingetragene Nächte (ein Krampf eingetragen oder die Kurzabfrage am Morgen beantwortet); Monate ohne eine eingetragene Nacht zeigen —.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation>Eingetragene Nächte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights with a cramp</source>
        <translation>Nächte mit Krampf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps per recorded night</source>
        <translation>Krämpfe pro eingetragene Nacht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cramps per recorded night for each month of the year, over all the years recorded. Highest: %1 (%2). Months not recorded: %3.</source>
        <translation>Krämpfe pro eingetragene Nacht für jeden Monat des Jahres, über alle eingetragenen Jahre. Am höchsten: %1 (%2). Nicht eingetragene Monate: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No night has been recorded yet.</source>
        <translation>Es wurde noch keine Nacht eingetragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps per recorded night, by month of the year</source>
        <translation>Krämpfe pro eingetragene Nacht, nach Monat des Jahres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not recorded</source>
        <translation>Nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_notifications.py" line="+27"/>
        <source>How reminders are shown</source>
        <translation>Wie Erinnerungen angezeigt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pop-up only</source>
        <translation>Nur Pop-up-Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notification only</source>
        <translation>Nur Desktop-Benachrichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both pop-up and notification</source>
        <translation>Pop-up-Fenster und Benachrichtigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show re&amp;minders as</source>
        <translation>&amp;Erinnerungen anzeigen als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a soun&amp;d</source>
        <translation>&amp;Ton abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound with reminders</source>
        <translation>Bei Erinnerungen einen Ton abspielen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Show a short tip with each reminder</source>
        <translation>Bei jeder Erinnerung einen kurzen Tipp zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <comment>suffix of a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close pop-ups after how many seconds</source>
        <translation>Pop-up-Fenster nach wie vielen Sekunden schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close pop-ups after</source>
        <translation>Pop-up-Fenster &amp;schließen nach</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/pain_scale.py" line="+38"/>
        <source>How bad was it, from 0 (no pain) to 10</source>
        <translation>Wie schlimm war es, von 0 (kein Schmerz) bis 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pain %1 out of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>ReliefCard</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_card.py" line="+119"/>
        <source>All warning signs</source>
        <translation>Alle Warnzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the warning signs in their four tiers</source>
        <translation>Die Warnzeichen in ihren vier Stufen zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When to get help</source>
        <translation>Wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show or hide these warning signs</source>
        <translation>Diese Warnzeichen zeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Drawing of the stretch</source>
        <translation>Zeichnung der Dehnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+196"/>
        <source>Guided stretch (T)</source>
        <translation>Geführte Dehnung (T)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Guided stretch</source>
        <translation>Geführte Dehnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning signs for this area</source>
        <translation>Warnzeichen für diesen Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More that helps</source>
        <translation>Was noch hilft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide every step, for this area and for every cramp</source>
        <translation>Alle Schritte zeigen oder verbergen, für diesen Bereich und für jeden Krampf</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>For every cramp</source>
        <translation>Bei jedem Krampf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat and cold</source>
        <translation>Wärme und Kälte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps for every cramp could not be loaded.</source>
        <translation>Die Schritte für jeden Krampf konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramp timer</source>
        <translation>Krampf-Zeitmesser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It started earlier:</source>
        <translation>Er hat früher begonnen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cramp started %1 minutes before the panel opened</source>
        <translation>Der Krampf begann %1 Minuten, bevor das Fenster geöffnet wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It&apos;s over (O)</source>
        <translation>Er ist vorbei (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cramp is over: stop the timer and save</source>
        <translation>Der Krampf ist vorbei: Zeitmesser anhalten und speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cramp: %1</source>
        <translation>Krampf: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The steps for this area could not be loaded.</source>
        <translation>Die Schritte für diesen Bereich konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All the steps for this area</source>
        <translation>Alle Schritte für diesen Bereich</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1.</source>
        <comment>a step&apos;s number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guided stretch, left side (T)</source>
        <translation>Geführte Dehnung links (T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided stretch, right side (T)</source>
        <translation>Geführte Dehnung rechts (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided stretch, both sides (T)</source>
        <translation>Geführte Dehnung beidseits (T)</translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_panel.py" line="+117"/>
        <location line="+2"/>
        <source>Cramp relief</source>
        <translation>Hilfe bei Krämpfen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Where is the cramp?</source>
        <translation>Wo ist der Krampf?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press the key on a button (1 to 9, 0 or A), click a button, or click the body picture.</source>
        <translation>Drücken Sie die Taste auf einer Schaltfläche (1 bis 9, 0 oder A), klicken Sie auf eine Schaltfläche oder auf das Körperbild.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, key %2</source>
        <translation>%1, Taste %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip: don&apos;t say the side</source>
        <translation>Überspringen: Seite nicht angeben</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>◀ &amp;Back: it is one area after all</source>
        <translation>◀ &amp;Zurück: Es ist doch nur ein Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choosing an area</source>
        <translation>Zurück zur Auswahl eines Bereichs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: don&apos;t keep this cramp</source>
        <translation>Rückgängig: Diesen Krampf nicht behalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few details, if you like (all optional, saved as you go):</source>
        <translation>Ein paar Angaben, wenn Sie möchten (alle freiwillig, werden laufend gespeichert):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;bad was it? 0 is no pain, 10 the worst.</source>
        <translation>Wie s&amp;tark war es? 0 ist kein Schmerz, 10 der stärkste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it felt like:</source>
        <translation>Wie es sich anfühlte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation>Was Sie gerade taten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Was geholfen hat:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: close the panel</source>
        <translation>Fertig: Fenster schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which side? (%1)</source>
        <translation>Welche Seite? (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, left</source>
        <translation>%1, links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right</source>
        <translation>%1, rechts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: %1, %2.</source>
        <translation>Gespeichert: %1, %2.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="+68"/>
        <location line="+1"/>
        <location line="+62"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>When to get help</source>
        <translation>Wann Hilfe holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show where to find help</source>
        <translation>Wann Sie Hilfe holen sollten: zeigen, wo es Hilfe gibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show the danger signs</source>
        <translation>Wann Sie Hilfe holen sollten: die Warnzeichen zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Danger signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;nooze all</source>
        <translation>Alle &amp;später</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;nooze</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;kip tonight</source>
        <translation>Heute Abend ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip all</source>
        <translation>Alle ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze: %1</source>
        <translation>Später: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip tonight</source>
        <translation>Heute Abend überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: %1</source>
        <translation>Überspringen: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_reminders.py" line="+141"/>
        <source>No drink reminders and no goal: log drinks to see them against the limit.</source>
        <translation>Keine Trinkerinnerungen und kein Ziel: Tragen Sie Getränke ein, um sie mit der Grenze zu vergleichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much fluid you need varies. If a clinician has told you to limit fluids, for example because of a heart, kidney or liver condition or a medicine, tick the box above: the limit is a ceiling, not a goal. Drinking too much water can be harmful: these reminders never ask for more than %1 in an hour.</source>
        <translation>Wie viel Flüssigkeit Sie brauchen, ist verschieden. Wenn ein Arzt Ihnen gesagt hat, die Trinkmenge zu begrenzen, zum Beispiel wegen einer Herz-, Nieren- oder Lebererkrankung oder eines Medikaments, kreuzen Sie oben das Kästchen an: Die Grenze ist eine Obergrenze, kein Ziel. Zu viel Wasser zu trinken kann schaden: Diese Erinnerungen verlangen nie mehr als %1 in einer Stunde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Water</source>
        <translation>&amp;Wasser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Water reminder every how many minutes</source>
        <translation>Wassererinnerung alle wie viele Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;every</source>
        <translation>&amp;Erinnern alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Glass size</source>
        <translation>&amp;Glasgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Glass size</source>
        <translation>Glasgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dai&amp;ly goal</source>
        <translation>&amp;Tagesziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation>Ein tägliches Wasserziel festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily water goal</source>
        <translation>Tägliches Wasserziel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes before bedtime without water reminders</source>
        <translation>Minuten vor der Schlafenszeit ohne Wassererinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No water reminders in this many minutes before your bedtime.</source>
        <translation>Keine Wassererinnerungen in so vielen Minuten vor Ihrer Schlafenszeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet before bedtime</source>
        <translation>&amp;Ruhe vor dem Schlafen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;clinician set me a fluid limit</source>
        <translation>Vom Arzt begrenzte Trin&amp;kmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation>Vom Arzt begrenzte Trinkmenge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fluid limit per day</source>
        <translation>Trinkmengengrenze pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid li&amp;mit per day</source>
        <translation>Grenze &amp;pro Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water is log only</source>
        <translation>Wasser wird nur eingetragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About fluid limits</source>
        <translation>Über Trinkmengengrenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tretch</source>
        <translation>&amp;Dehnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stretch reminder every how many minutes</source>
        <translation>Dehnerinnerung alle wie viele Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind ever&amp;y</source>
        <translation>Erinnern al&amp;le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ve</source>
        <translation>Bewege&amp;n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me to move after how many minutes of sitting</source>
        <translation>Nach wie vielen Minuten Sitzen an Bewegung erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after s&amp;itting for</source>
        <translation>Erinnern nach S&amp;itzen von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes away from the computer that count as a break</source>
        <translation>Minuten weg vom Computer, die als Pause zählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being away from the computer this long starts the sitting time again.</source>
        <translation>So lange weg vom Computer zu sein, startet die Sitzzeit neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a brea&amp;k after being away for</source>
        <translation>Als Pause zählen nach Abwesenheit &amp;von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation>Diese Arbeitsumgebung teilt der App nicht mit, wann Sie weg sind. Deshalb zählt die Bewegungserinnerung die Uhrzeit seit Ihrer letzten Pause statt der Zeit am Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity detection</source>
        <translation>Erkennung der Aktivität</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bedtime</source>
        <translation>&amp;Schlafenszeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Be&amp;dtime</source>
        <translation>S&amp;chlafenszeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind how many minutes before bedtime</source>
        <translation>Wie viele Minuten vor der Schlafenszeit erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;how long before</source>
        <translation>Wie lange vor&amp;her erinnern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime reminder on %1</source>
        <translation>Erinnerung zur Schlafenszeit am %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask how the night was, &amp;first thing in the morning</source>
        <translation>Gleich am &amp;Morgen fragen, wie die Nacht war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Morning check-in: how was last night?</source>
        <translation>Kurzabfrage am Morgen: Wie war die letzte Nacht?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small window the first time you use the computer after your night: no cramps, or how many. It tells nights without cramps from nights not recorded.</source>
        <translation>Ein kleines Fenster, wenn Sie den Computer nach der Nacht zum ersten Mal benutzen: keine Krämpfe oder wie viele. So lassen sich Nächte ohne Krämpfe von nicht eingetragenen Nächten unterscheiden.</translation>
    </message>
</context>
<context>
    <name>RestoreTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_restore.py" line="+63"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring back records from a backup. Only records you do not have are added: nothing is overwritten or deleted. Your settings stay as they are; only a new installation is offered the backup&apos;s settings.</source>
        <translation>Holen Sie Einträge aus einer Sicherung zurück. Nur Einträge, die Sie noch nicht haben, werden hinzugefügt: Nichts wird überschrieben oder gelöscht. Ihre Einstellungen bleiben, wie sie sind; nur einer neuen Installation werden die Einstellungen der Sicherung angeboten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hoose a backup file…</source>
        <translation>Sicherungs&amp;datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup file</source>
        <translation>Eine Sicherungsdatei wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or one of the &amp;automatic daily backups:</source>
        <translation>Oder eine der a&amp;utomatischen täglichen Sicherungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic daily backups, newest first</source>
        <translation>Automatische tägliche Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no automatic backups yet.</source>
        <translation>Es gibt noch keine automatischen Sicherungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup</source>
        <translation>Die Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup chosen</source>
        <translation>Die gewählte Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup chosen yet.</source>
        <translation>Noch keine Sicherung gewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the backup holds</source>
        <translation>Was die Sicherung enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;take the backup&apos;s settings</source>
        <translation>Auch die Einstellungen der Sicherung ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also take the backup&apos;s settings</source>
        <translation>Auch die Einstellungen der Sicherung übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the restore</source>
        <translation>Ergebnis der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;store…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore: add the records listed</source>
        <translation>Wiederherstellen: die aufgeführten Einträge hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, saved at %2</source>
        <comment>date, time</comment>
        <translation>%1, gespeichert um %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a backup</source>
        <translation>Eine Sicherung wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm backups (*.json);;All files (*)</source>
        <translation>Spasm-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot be restored:</source>
        <translation>%1 kann nicht wiederhergestellt werden:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on %1 at %2.</source>
        <translation>Gespeichert am %1 um %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds %1.</source>
        <translation>Sie enthält %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read your records to compare: %1.</source>
        <translation>Ihre Aufzeichnungen konnten zum Vergleichen nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything in this backup is already in your records: restoring it would add nothing.</source>
        <translation>Alles in dieser Sicherung ist schon in Ihren Aufzeichnungen: Wiederherstellen würde nichts hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring adds %1. Records you already have are kept as they are; nothing is overwritten or deleted.</source>
        <translation>Wiederherstellen fügt %1 hinzu. Einträge, die Sie schon haben, bleiben, wie sie sind; nichts wird überschrieben oder gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer still has its first settings, so the backup&apos;s settings (reminders, times, glass size and the rest) can be taken too: see the tick box below.</source>
        <translation>Dieser Computer hat noch seine ersten Einstellungen, daher können auch die Einstellungen der Sicherung (Erinnerungen, Zeiten, Glasgröße und der Rest) übernommen werden: siehe das Kästchen unten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup&apos;s settings differ from yours. They are not applied: your current settings are kept.</source>
        <translation>Die Einstellungen der Sicherung weichen von Ihren ab. Sie werden nicht übernommen: Ihre jetzigen Einstellungen bleiben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore records</source>
        <translation>Einträge wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add the records</source>
        <translation>Einträge &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records</source>
        <translation>Einträge hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel: change nothing</source>
        <translation>Abbrechen: nichts ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1 to your records? Records you already have stay as they are.</source>
        <translation>%1 zu Ihren Aufzeichnungen hinzufügen? Einträge, die Sie schon haben, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take the backup&apos;s settings?</source>
        <translation>Die Einstellungen der Sicherung übernehmen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not restore: %1. Nothing was changed.</source>
        <translation>Wiederherstellen nicht möglich: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the backup&apos;s settings.</source>
        <translation>Die Einstellungen der Sicherung wurden übernommen.</translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_editor.py" line="+70"/>
        <source>My routine</source>
        <translation>Meine Übungsfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New routine</source>
        <translation>Neue Übungsfolge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of a built-in routine</source>
        <translation>Kopie einer mitgelieferten Übungsfolge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit your routine</source>
        <translation>Ihre Übungsfolge bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine editor</source>
        <translation>Übungsfolgen-Editor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this copy</source>
        <translation>Über diese Kopie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in routines cannot be changed. This is a copy of “%1”: it is saved as your own routine, and the original stays as it is.</source>
        <translation>Mitgelieferte Übungsfolgen können nicht geändert werden. Dies ist eine Kopie von „%1“: Sie wird als Ihre eigene Übungsfolge gespeichert, und das Original bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total length</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems to fix before saving</source>
        <translation>Vor dem Speichern zu behebende Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete this routine</source>
        <translation>Diese Übungsfolge &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this routine</source>
        <translation>Diese Übungsfolge löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save routine</source>
        <translation>Übungsfolge speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Routine name</source>
        <translation>Name der Übungsfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp relief</source>
        <translation>Hilfe bei Krämpfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used f&amp;or</source>
        <translation>&amp;Verwendet für</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description (optional)</source>
        <translation>Beschreibung (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Descr&amp;iption</source>
        <translation>Beschreibun&amp;g</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Give the routine a name.</source>
        <translation>Geben Sie der Übungsfolge einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one exercise from the list on the right.</source>
        <translation>Fügen Sie mindestens eine Übung aus der Liste rechts hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a routine with the id “%1”.</source>
        <translation>Es gibt schon eine Übungsfolge mit der Kennung „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This routine cannot be saved.</source>
        <translation>Diese Übungsfolge kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description can have at most %1 characters.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A routine can have at most %1 exercises.</source>
        <translation>Eine Übungsfolge darf höchstens %1 Übungen haben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not save the routine: %1</source>
        <translation>Die Übungsfolge konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete routine</source>
        <translation>Übungsfolge löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the routine “%1”? This cannot be undone.</source>
        <translation>Die Übungsfolge „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the routine: %1</source>
        <translation>Die Übungsfolge konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>RoutinePlayerWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="+116"/>
        <source>Stretch player</source>
        <translation>Dehnübungen abspielen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+113"/>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Übungsfolge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing is hard? Do it &amp;seated</source>
        <translation>Stehen schwer? &amp;Im Sitzen machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Switch to the seated version</source>
        <translation>Zur Version im Sitzen wechseln</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Do it &amp;seated</source>
        <translation>&amp;Im Sitzen machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seated version of this routine, if standing is hard.</source>
        <translation>Die Version dieser Übungsfolge im Sitzen, wenn Stehen schwerfällt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+1"/>
        <source>Full screen on or off (F11)</source>
        <translation>Vollbild ein oder aus (F11)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction and cautions</source>
        <translation>Anleitung und Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Left arrow)</source>
        <translation>Zurück (Pfeil nach links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Right arrow)</source>
        <translation>Weiter (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↻ Repeat</source>
        <translation>↻ Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat this exercise (R)</source>
        <translation>Diese Übung wiederholen (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop (Escape)</source>
        <translation>Stopp (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Routine finished</source>
        <translation>Übungsfolge beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Takes %1.</source>
        <translation>Dauer: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter or Space starts. Esc closes.</source>
        <translation>Eingabetaste oder Leertaste startet. Esc schließt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the routine (Enter)</source>
        <translation>Die Übungsfolge starten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do it s&amp;eated instead</source>
        <translation>Stattdessen im Sit&amp;zen machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+203"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Well done. That&apos;s the routine.</source>
        <translation>Gut gemacht. Das war die Übungsfolge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you sleep:</source>
        <translation>Bevor Sie schlafen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This window closes by itself in %1 s.</source>
        <translation>Dieses Fenster schließt sich in %1 s von selbst.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paused – %1</source>
        <translation>Pausiert – %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standing is hard? Do this instead: %1.</source>
        <translation>Stehen schwer? Stattdessen: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>▶ Resume</source>
        <translation>▶ Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, </source>
        <comment>between the parts of a spoken announcement</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Next: the end of the routine</source>
        <translation>Als Nächstes: das Ende der Übungsfolge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_routines.py" line="+40"/>
        <source>Hold each stretch for</source>
        <translation>Jede Dehnung halten für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the routine says (10 s in the bedtime routine, as in the study)</source>
        <translation>Wie in der Übungsfolge (abends 10 s, wie in der Studie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 30 seconds</source>
        <translation>Mindestens 30 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 45 seconds (often preferred by older adults)</source>
        <translation>Mindestens 45 Sekunden (von Älteren oft bevorzugt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hold each stretch for</source>
        <translation>Jede Dehnung &amp;halten für</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longer holds suit some people better, for example older adults. They apply to every routine except the bedtime calves and hamstrings, standing or seated. Those keep each hold at 10 seconds, as in the study they come from.</source>
        <translation>Längeres Halten passt manchen Menschen besser, zum Beispiel älteren Menschen. Es gilt für jede Übungsfolge außer „Abends: Waden, Oberschenkel hinten“, im Stehen oder im Sitzen. Diese halten jede Dehnung 10 Sekunden, wie in der Studie, aus der sie stammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About hold times</source>
        <translation>Über die Haltezeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bedtime routine</source>
        <translation>Übungsfolge zur Schlafenszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime routine</source>
        <translation>Übungsfolge zur Schlaf&amp;enszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break routine</source>
        <translation>Übungsfolge für die Dehnpause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tretch break routine</source>
        <translation>Übungsfolge für die &amp;Dehnpause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Play a short sound at each step</source>
        <translation>Bei jedem Schritt einen kurzen &amp;Ton abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a short sound at each step of a routine</source>
        <translation>Bei jedem Schritt einer Übungsfolge einen kurzen Ton abspielen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;k the steps (Hold, Relax, Switch sides)</source>
        <translation>Schritte &amp;vorlesen (Halten, Entspannen, Wechseln)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak the steps of a routine</source>
        <translation>Die Schritte einer Übungsfolge vorlesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound and speech are checked when a routine first plays.</source>
        <translation>Ton und Sprache werden geprüft, wenn zum ersten Mal eine Übungsfolge abgespielt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound and speech</source>
        <translation>Ton und Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad&amp;vanced: sound and speech on this computer</source>
        <translation>E&amp;rweitert: Ton und Sprache auf diesem Computer</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I am pre&amp;gnant</source>
        <translation>Ich bin schwan&amp;ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch player and the cramp relief panel show what to check first in pregnancy.</source>
        <translation>Die Dehnübungen und das Fenster „Hilfe bei Krämpfen“ zeigen, was in der Schwangerschaft zuerst zu beachten ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have ba&amp;lance problems or am unsteady on my feet</source>
        <translation>Ich habe Gleichgewichts&amp;probleme oder bin unsicher auf den Beinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have balance problems or am unsteady on my feet</source>
        <translation>Ich habe Gleichgewichtsprobleme oder bin unsicher auf den Beinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch and bedtime reminders open the seated versions of the routines.</source>
        <translation>Erinnerungen zum Dehnen und zur Schlafenszeit öffnen die Versionen der Übungsfolgen im Sitzen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What this changes</source>
        <translation>Was sich dadurch ändert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(missing: %1)</source>
        <translation>(fehlt: %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_dialog.py" line="+69"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders</source>
        <translation>Erinner&amp;ungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>While you are busy</source>
        <translation>Während Sie beschäftigt sind</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Whe&amp;n</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otifications &amp;&amp; sound</source>
        <translation>Benachrichtigungen &amp;&amp; T&amp;on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ro&amp;utines</source>
        <translation>Übungs&amp;folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gener&amp;al</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems to fix before saving</source>
        <translation>Vor dem Speichern zu behebende Probleme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the &amp;welcome again…</source>
        <translation>&amp;Begrüßung erneut durchlaufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the welcome again</source>
        <translation>Begrüßung erneut durchlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes Settings without saving and asks the first questions again.</source>
        <translation>Schließt die Einstellungen ohne Speichern und stellt die ersten Fragen noch einmal.</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>remind every</source>
        <translation>erinnern alle</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>glass size</source>
        <translation>Glasgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet before bedtime</source>
        <translation>Ruhe vor dem Schlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid limit</source>
        <translation>Trinkmengengrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sitting time</source>
        <translation>Sitzzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time away that counts as a break</source>
        <translation>Abwesenheit, die als Pause zählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>remind before</source>
        <translation>erinnern vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications &amp; sound</source>
        <translation>Benachrichtigungen &amp; Ton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close pop-ups after</source>
        <translation>Pop-up-Fenster schließen nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hold each stretch for</source>
        <translation>jede Dehnung halten für</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Water: a %1 glass every %2 minutes adds up to more than %3 an hour. Choose a smaller glass or a longer interval.</source>
        <translation>Wasser: Ein Glas mit %1 alle %2 Minuten ergibt mehr als %3 pro Stunde. Wählen Sie ein kleineres Glas oder einen längeren Abstand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active hours on %1: a range starts and ends at the same time.</source>
        <translation>Aktive Stunden am %1: Ein Zeitraum beginnt und endet zur selben Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active hours on %1: use at most %2 ranges a day.</source>
        <translation>Aktive Stunden am %1: Höchstens %2 Zeiträume pro Tag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 must be between %3 and %4.</source>
        <translation>%1: %2 muss zwischen %3 und %4 liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 cannot be used.</source>
        <translation>%1: %2 kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_steps.py" line="+48"/>
        <source>Exercises in this routine, in order</source>
        <translation>Übungen in dieser Übungsfolge, der Reihe nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it.</source>
        <translation>Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben die ausgewählte Übung; Entf entfernt sie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;teps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise up</source>
        <translation>Die ausgewählte Übung nach oben verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise down</source>
        <translation>Die ausgewählte Übung nach unten verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected exercise</source>
        <translation>Die ausgewählte Übung entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+186"/>
        <source>Selected exercise</source>
        <translation>Ausgewählte Übung</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Timing of the selected exercise</source>
        <translation>Zeiten der ausgewählten Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>suffix of a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hold</source>
        <translation>H&amp;alten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold for how many seconds</source>
        <translation>Wie viele Sekunden halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lax</source>
        <translation>En&amp;tspannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relax for how many seconds</source>
        <translation>Wie viele Sekunden entspannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;petitions</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a movement, such as ankle pumps, how long to keep moving.</source>
        <translation>Bei einer Bewegung, etwa beim Fußwippen: wie lange in Bewegung bleiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sid&amp;es</source>
        <translation>Se&amp;iten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exercise&apos;s own timing</source>
        <translation>Die eigenen Zeiten der Übung</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left only</source>
        <translation>nur links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right only</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <comment>a length in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 s</source>
        <comment>repetitions × seconds</comment>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <comment>timing, sides</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The exercise&apos;s own timing: %1, relax %2 s.</source>
        <translation>Die eigenen Zeiten der Übung: %1, entspannen %2 s.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one-sided</source>
        <translation>Nicht einseitig</translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="-302"/>
        <location line="+2"/>
        <location line="+165"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Cra&amp;mp now: what to do</source>
        <translation>&amp;Krampf jetzt: was tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp now: open the relief panel</source>
        <translation>Krampf jetzt: Fenster „Hilfe bei Krämpfen“ öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last night: not answered yet.</source>
        <translation>Letzte Nacht: noch nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nswer now…</source>
        <translation>Jetzt &amp;beantworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer how last night was</source>
        <translation>Beantworten, wie die letzte Nacht war</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+145"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Water today</source>
        <translation>Wasser heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water today against your goal</source>
        <translation>Wasser heute im Vergleich zu Ihrem Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About your fluid limit today</source>
        <translation>Über Ihre Trinkmengengrenze heute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Water is log only</source>
        <translation>Wasser wird nur eingetragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Other amount…</source>
        <translation>&amp;Andere Menge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log another amount</source>
        <translation>Eine andere Menge eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo last drink</source>
        <translation>Getränk &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last drink</source>
        <translation>Letztes Getränk rückgängig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting now</source>
        <translation>Sitzen jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting time today</source>
        <translation>Sitzzeit heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks today</source>
        <translation>Pausen heute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders today</source>
        <translation>Erinnerungen heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders today by kind and answer</source>
        <translation>Erinnerungen heute nach Art und Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>next</source>
        <translation>nächste</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Pause 1 hour</source>
        <translation>&amp;Pause 1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders for one hour</source>
        <translation>Erinnerungen für eine Stunde pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>We&amp;iter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Spasm Desktop</source>
        <translation>Spasm Desktop beende&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Spasm Desktop</source>
        <translation>Spasm Desktop beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iary…</source>
        <translation>&amp;Tagebuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp diary</source>
        <translation>Krampftagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and charts</source>
        <translation>Verlauf und Diagramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn about cramps</source>
        <translation>Wissen über Krämpfe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Water (log only)</source>
        <translation>Wasser (nur eintragen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;drink (%1)</source>
        <translation>&amp;Getränk eintragen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a drink of %1</source>
        <translation>Ein Getränk mit %1 eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;glass (%1)</source>
        <translation>G&amp;las eintragen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a glass of %1</source>
        <translation>Ein Glas mit %1 eintragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log only (fluid limit)</source>
        <translation>nur eintragen (Trinkmengengrenze)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two-week log running, until the night of %1.</source>
        <translation>Zwei-Wochen-Protokoll läuft, bis zur Nacht vom %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders are paused until %1.</source>
        <translation>Erinnerungen sind pausiert bis %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting time today: %1</source>
        <translation>Sitzzeit heute: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks today: %1 on your own, %2 after a reminder</source>
        <translation>Pausen heute: %1 von selbst, %2 nach einer Erinnerung</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="+126"/>
        <source>Spasm Desktop menu</source>
        <translation>Spasm-Desktop-Menü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;drink</source>
        <translation>&amp;Getränk eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;My record</source>
        <translation>&amp;Meine Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Str&amp;etch now</source>
        <translation>Jetzt &amp;dehnen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Spasm Desktop</source>
        <translation>Spasm Desktop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused until tomorrow, %1</source>
        <comment>%1 is a time of day</comment>
        <translation>Pausiert bis morgen, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <comment>kind: time</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders held until you resume them</source>
        <translation>Erinnerungen zurückgehalten, bis Sie sie fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders held until %1</source>
        <translation>Erinnerungen zurückgehalten bis %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders wait: %1</source>
        <translation>Erinnerungen warten: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Water today: %1 (your limit: %2)</source>
        <translation>Wasser heute: %1 (Ihre Grenze: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water today: %1</source>
        <translation>Wasser heute: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2</source>
        <translation>Wasser heute: %1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No reminders scheduled</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next reminder: %1, %2</source>
        <comment>kind, time</comment>
        <translation>Nächste Erinnerung: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Cramp now…</source>
        <translation>&amp;Krampf jetzt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick help for a cramp that is happening now</source>
        <translation>Schnelle Hilfe bei einem Krampf, der gerade passiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer the reminder…</source>
        <translation>Erinnerung &amp;beantworten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Today</source>
        <translation>„Heute“ öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min</source>
        <comment>length of a routine</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <comment>routine name — its length</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make or change a routine…</source>
        <translation>Übungsfolge &amp;erstellen oder ändern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Today…</source>
        <translation>&amp;Heute…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp d&amp;iary…</source>
        <translation>Krampf&amp;tagebuch…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History and charts…</source>
        <translation>&amp;Verlauf und Diagramme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;profile and medicines…</source>
        <translation>Gesundheits&amp;profil und Medikamente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;data: report, export, backups…</source>
        <translation>Ihre &amp;Daten: Bericht, Export, Sicherungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Learn about cramps…</source>
        <translation>&amp;Wissen über Krämpfe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Beende&amp;n</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A glass (%1)</source>
        <translation>Ein Glas (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other amount…</source>
        <translation>Andere Menge…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders that come due meanwhile are skipped.</source>
        <translation>Erinnerungen, die in der Zwischenzeit fällig werden, werden übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;15 minutes</source>
        <translation>Für &amp;15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 h&amp;our</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;2 hours</source>
        <translation>Für &amp;2 Stunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb: reminders that come due meanwhile wait, and come when it ends.</source>
        <translation>Nicht stören: Erinnerungen, die in der Zwischenzeit fällig werden, warten und kommen, wenn es endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hold for 1 hour, then show what I missed</source>
        <translation>1 Stunde &amp;zurückhalten, dann Verpasstes zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold until I &amp;resume, then show what I missed</source>
        <translation>Zurückhalten &amp;bis auf Weiteres, dann Verpasstes zeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>Erinnerungen &amp;fortsetzen (pausiert bis %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume reminders (held until %1)</source>
        <translation>Erinnerungen &amp;fortsetzen (zurückgehalten bis %1)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Resume reminders (held until you resume them)</source>
        <translation>Erinnerungen &amp;fortsetzen (zurückgehalten bis auf Weiteres)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hot day: off, your fluid limit comes first</source>
        <translation>Heißer Tag: aus, Ihre Trinkmengengrenze geht vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a fluid limit set by a clinician, a hot day never raises anything.</source>
        <translation>Mit einer ärztlich festgelegten Trinkmengengrenze erhöht ein heißer Tag nie etwas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hot day or workout day (today)</source>
        <translation>Heißer Tag oder &amp;Sporttag (heute)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tips for the heat; your reminders come as usual.</source>
        <translation>Tipps für die Hitze; Ihre Erinnerungen kommen wie gewohnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raises today&apos;s water goal; back to normal tomorrow.</source>
        <translation>Erhöht das heutige Wasserziel; morgen wieder normal.</translation>
    </message>
</context>
<context>
    <name>TwoWeekLogBox</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="+68"/>
        <source>Two-week log for an appointment</source>
        <translation>Zwei-Wochen-Protokoll für einen Arzttermin</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>&amp;Keep a two-week log</source>
        <translation>Zwei-Wochen-&amp;Protokoll führen</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Keep a two-week log: the app asks about each of the next 14 nights</source>
        <translation>Ein Zwei-Wochen-Protokoll führen: Die App fragt nach jeder der nächsten 14 Nächte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report of &amp;these 14 days</source>
        <translation>Bericht &amp;dieser 14 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the report to the 14 days of the log</source>
        <translation>Den Bericht auf die 14 Tage des Protokolls einstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the &amp;log</source>
        <translation>Protoko&amp;ll beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the two-week log; what you answered stays in your record</source>
        <translation>Das Zwei-Wochen-Protokoll beenden; Ihre Antworten bleiben in Ihren Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your two-week log of the nights from %1 to %2 is complete: %3 of 14 nights recorded. The report of those 14 days is ready to save.</source>
        <translation>Ihr Zwei-Wochen-Protokoll der Nächte vom %1 bis %2 ist fertig: %3 von 14 Nächten eingetragen. Der Bericht dieser 14 Tage kann gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a &amp;new log</source>
        <translation>Ne&amp;ues Protokoll starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-week log running: the nights from %1 to %2. Each morning the app asks how the night was, even if the morning check-in is turned off. So far %3 of them recorded.</source>
        <translation>Zwei-Wochen-Protokoll läuft: die Nächte vom %1 bis %2. Jeden Morgen fragt die App, wie die Nacht war, auch wenn die Kurzabfrage am Morgen ausgeschaltet ist. Bisher sind %3 davon eingetragen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For 14 nights the app asks each morning how the night was: how many cramps, how long the longest lasted, the worst pain and how much they disturbed your sleep. Then the report shows exactly those two weeks.</source>
        <translation>14 Nächte lang fragt die App jeden Morgen, wie die Nacht war: wie viele Krämpfe, wie lange der längste dauerte, der stärkste Schmerz und wie sehr sie Ihren Schlaf gestört haben. Danach zeigt der Bericht genau diese zwei Wochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your record is new, so a report has no nights to show yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation>Ihre Aufzeichnungen sind neu, ein Bericht hat also noch keine Nächte zu zeigen. Haben Sie bald einen Arzttermin? Ein Zwei-Wochen-Protokoll gibt dem Bericht 14 eingetragene Nächte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 of the last 14 nights are recorded, so a report would mostly say “not recorded”. Seeing a clinician soon? Keep a two-week log first.</source>
        <translation>Nur %1 der letzten 14 Nächte sind eingetragen, ein Bericht würde also meist „nicht eingetragen“ zeigen. Haben Sie bald einen Arzttermin? Führen Sie vorher ein Zwei-Wochen-Protokoll.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/undo.py" line="+36"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo with %1.</source>
        <translation>Rückgängig mit %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/welcome.py" line="+105"/>
        <location line="+116"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Welcome to Spasm Desktop</source>
        <translation>Willkommen bei Spasm Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip setup</source>
        <translation>&amp;Einrichtung überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the standard settings. You can change them any time in Settings.</source>
        <translation>Die Standardeinstellungen behalten. Sie können sie jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip setup and keep the standard settings</source>
        <translation>Einrichtung überspringen und die Standardeinstellungen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and save</source>
        <translation>Fertigstellen und speichern</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>What this app does, and what it does not do.</source>
        <translation>Was diese App tut und was sie nicht tut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spasm Desktop reminds you to drink water, to stretch, to get up after sitting for a while and to do your bedtime stretches. It guides you through the stretches, and its cramp relief panel helps when a cramp strikes.</source>
        <translation>Spasm Desktop erinnert Sie daran, Wasser zu trinken, sich zu dehnen, nach längerem Sitzen aufzustehen und Ihre Dehnübungen vor dem Schlafen zu machen. Es führt Sie durch die Dehnübungen, und sein Fenster „Hilfe bei Krämpfen“ hilft, wenn ein Krampf kommt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It does not diagnose, treat or cure anything, and it cannot tell a harmless cramp from a sign of another health problem. If you are worried, contact a healthcare provider.</source>
        <translation>Es stellt keine Diagnose, behandelt oder heilt nichts und kann einen harmlosen Krampf nicht von einem Zeichen für ein anderes Gesundheitsproblem unterscheiden. Wenn Sie sich Sorgen machen, wenden Sie sich an eine Arztpraxis.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A few questions follow to set up your reminders. Every step can be skipped, nothing is saved until you finish, and you can run this again from Settings.</source>
        <translation>Es folgen ein paar Fragen, um Ihre Erinnerungen einzurichten. Jeder Schritt kann übersprungen werden, nichts wird gespeichert, bevor Sie fertig sind, und Sie können dies in den Einstellungen erneut durchlaufen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What describes you?</source>
        <translation>Was trifft auf Sie zu?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick any that apply, or none. You can change all of this later in Settings.</source>
        <translation>Kreuzen Sie an, was zutrifft, oder nichts. Sie können all das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I sit at a &amp;desk most of the day</source>
        <translation>Ich sitze den größten Teil des Tages am Schreib&amp;tisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk work</source>
        <translation>Schreibtischarbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I e&amp;xercise hard or play sports</source>
        <translation>Ich trainiere &amp;hart oder treibe Sport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard exercise</source>
        <translation>Hartes Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;over 65</source>
        <translation>Ich bin älter &amp;als 65</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over 65</source>
        <translation>Über 65</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;pregnant</source>
        <translation>Ich bin schwan&amp;ger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pregnant</source>
        <translation>Schwanger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Night-time leg &amp;cramps wake me up</source>
        <translation>Nächtliche Bein&amp;krämpfe wecken mich auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken by night-time leg cramps</source>
        <translation>Von nächtlichen Beinkrämpfen geweckt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have balance problems or am &amp;unsteady on my feet</source>
        <translation>Ich habe Gleichgewichtsprobleme oder bin &amp;unsicher auf den Beinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance problems or unsteady on my feet</source>
        <translation>Gleichgewichtsprobleme oder unsicher auf den Beinen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pregnancy caution</source>
        <translation>Vorsicht in der Schwangerschaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What your answers change</source>
        <translation>Was Ihre Antworten ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water, stretch and move reminders come only during these hours. For different hours on different days, use Settings later.</source>
        <translation>Erinnerungen an Wasser, Dehnen und Bewegung kommen nur in diesen Stunden. Für unterschiedliche Zeiten an verschiedenen Tagen nutzen Sie später die Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;work</source>
        <translation>Ich &amp;arbeite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work</source>
        <translation>Ich arbeite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation>Ich arbeite nicht / bin im &amp;Ruhestand: jeden Tag erinnern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation>Ich arbeite nicht oder bin im Ruhestand: jeden Tag erinnern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I work on %1</source>
        <translation>Ich arbeite am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wor&amp;k days</source>
        <translation>Arbeits&amp;tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work starts at</source>
        <translation>Arbeitsbeginn um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work ends at</source>
        <translation>Arbeitsende um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day from</source>
        <translation>Erinnerungen jeden Tag ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day until</source>
        <translation>Erinnerungen jeden Tag bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual bedtime</source>
        <translation>Übliche Schlafenszeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work s&amp;tarts at</source>
        <translation>Arbeitsbe&amp;ginn um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;ends at</source>
        <translation>Arbeitsen&amp;de um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders f&amp;rom</source>
        <translation>Erinnerungen &amp;von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders &amp;until</source>
        <translation>Erinnerungen b&amp;is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual be&amp;dtime</source>
        <translation>Übliche Sc&amp;hlafenszeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders cannot start and end at the same time.</source>
        <translation>Erinnerungen können nicht zur selben Zeit beginnen und enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the working hours</source>
        <translation>Problem mit den Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water reminders stop a while before bedtime. An end time earlier than the start means past midnight.</source>
        <translation>Wassererinnerungen hören eine Weile vor der Schlafenszeit auf. Eine Endzeit vor der Anfangszeit bedeutet nach Mitternacht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The water reminder suggests one glass at a time. A daily goal is optional.</source>
        <translation>Die Wassererinnerung schlägt jeweils ein Glas vor. Ein Tagesziel ist freiwillig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume unit</source>
        <translation>Mengeneinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation>Milliliter (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>US-Flüssigunzen (fl oz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily water goal</source>
        <translation>Tägliches Wasserziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glass size</source>
        <translation>Glasgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid limit per day</source>
        <translation>Trinkmengengrenze pro Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Units</source>
        <translation>Einhe&amp;iten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;lass size</source>
        <translation>&amp;Glasgröße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily &amp;goal</source>
        <translation>&amp;Tagesziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation>Ein tägliches Wasserziel festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About daily goals</source>
        <translation>Über Tagesziele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A doctor has told me I have &amp;heart or kidney disease</source>
        <translation>Ein Arzt hat mir gesagt, dass ich eine &amp;Herz- oder Nierenerkrankung habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A doctor has told me I have heart or kidney disease</source>
        <translation>Ein Arzt hat mir gesagt, dass ich eine Herz- oder Nierenerkrankung habe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you have a fluid limit?</source>
        <translation>Haben Sie eine Trinkmengengrenze?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a fluid limit matters</source>
        <translation>Warum eine Trinkmengengrenze wichtig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;clinician gave me a fluid limit</source>
        <translation>Vom &amp;Arzt begrenzte Trinkmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician gave me a fluid limit</source>
        <translation>Vom Arzt begrenzte Trinkmenge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fluid li&amp;mit per day</source>
        <translation>Grenze &amp;pro Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Water is log only</source>
        <translation>Wasser wird nur eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About fluid limits</source>
        <translation>Über Trinkmengengrenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders only come while the app runs. It sits quietly in the tray.</source>
        <translation>Erinnerungen kommen nur, solange die App läuft. Sie wartet ruhig im Infobereich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes, start it when I log in</source>
        <translation>&amp;Ja, beim Anmelden starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: yes</source>
        <translation>Bei der Anmeldung starten: ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o, I will start it myself</source>
        <translation>Nein, ich starte sie se&amp;lbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: no</source>
        <translation>Bei der Anmeldung starten: nein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The app&apos;s icon is in the notification area at the right end of the taskbar, next to the clock. If you do not see it, click the small arrow there.</source>
        <translation>Das Symbol der App ist im Infobereich am rechten Ende der Taskleiste, neben der Uhr. Wenn Sie es nicht sehen, klicken Sie dort auf den kleinen Pfeil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s icon is in the menu bar at the top right of the screen.</source>
        <translation>Das Symbol der App ist in der Menüleiste oben rechts auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s icon is in your desktop&apos;s panel or system tray, usually near the clock. Some desktops show tray icons only with an extension (on GNOME, AppIndicator).</source>
        <translation>Das Symbol der App ist in der Leiste Ihrer Arbeitsumgebung oder im Infobereich, meist in der Nähe der Uhr. Manche Arbeitsumgebungen zeigen solche Symbole nur mit einer Erweiterung (unter GNOME: AppIndicator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You&apos;re set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to find the app, and how to pause it.</source>
        <translation>Wo Sie die App finden und wie Sie sie pausieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s tray icon</source>
        <translation>Das Symbol der App im Infobereich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the icon to see today&apos;s reminders. Right-click it for the menu: choose Pause to hold every reminder for a while, Settings to change anything you chose here.</source>
        <translation>Klicken Sie auf das Symbol, um die heutigen Erinnerungen zu sehen. Klicken Sie mit der rechten Maustaste darauf, um das Menü zu öffnen: Wählen Sie „Erinnerungen pausieren“, um alle Erinnerungen eine Weile anzuhalten, oder „Einstellungen“, um etwas zu ändern, das Sie hier gewählt haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reminder pops up near the tray with buttons to say you did it, to snooze it or to skip it.</source>
        <translation>Eine Erinnerung erscheint in der Nähe des Infobereichs, mit Schaltflächen, um zu sagen, dass Sie es gemacht haben, um sie auf später zu verschieben oder um sie zu überspringen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show me a s&amp;ample reminder</source>
        <translation>Eine Beis&amp;pielerinnerung zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a sample reminder now</source>
        <translation>Jetzt eine Beispielerinnerung zeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Finish to save your answers.</source>
        <translation>Drücken Sie „Fertigstellen und speichern“, um Ihre Antworten zu speichern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reminder to get up after 30 minutes of sitting, and desk stretches.</source>
        <translation>Eine Erinnerung, nach 30 Minuten Sitzen aufzustehen, und Dehnübungen am Schreibtisch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretches are held for at least 30 seconds.</source>
        <translation>Dehnungen werden mindestens 30 Sekunden gehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bedtime reminder for calf and hamstring stretches, which may help reduce night cramps for some people.</source>
        <translation>Eine Erinnerung zur Schlafenszeit an Dehnübungen für Waden und Oberschenkelrückseite, die bei manchen Menschen helfen können, nächtliche Krämpfe zu verringern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app remembers this: the stretch player and the cramp relief panel show what to check first when you are pregnant.</source>
        <translation>Die App merkt sich das: Die Dehnübungen und das Fenster „Hilfe bei Krämpfen“ zeigen, was in der Schwangerschaft zuerst zu beachten ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch and bedtime reminders open the seated versions, sitting on a chair or the bed. Standing steps say to hold on to something fixed.</source>
        <translation>Erinnerungen zum Dehnen und zur Schlafenszeit öffnen die Versionen im Sitzen, auf einem Stuhl oder dem Bett. Schritte im Stehen sagen, dass Sie sich an etwas Festem festhalten sollen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reminders keep their standard settings.</source>
        <translation>Ihre Erinnerungen behalten ihre Standardeinstellungen.</translation>
    </message>
</context>
<context>
    <name>YourData</name>
    <message>
        <source>%Ln cramp episode(s)</source>
        <extracomment>A wait cursor, with the window&apos;s controls disabled, while working (given by the window). The order tables are named in messages (tables not listed follow, in backup.TABLES order).</extracomment>
        <translation type="vanished">%Ln Krampf/Krämpfe</translation>
    </message>
    <message>
        <source>%Ln drink(s)</source>
        <translation type="vanished">%Ln Getränk(e)</translation>
    </message>
    <message>
        <source>%Ln guided routine(s)</source>
        <translation type="vanished">%Ln geführte Übungsfolge(n)</translation>
    </message>
    <message>
        <source>%Ln break(s) from sitting</source>
        <translation type="vanished">%Ln Pause(n) vom Sitzen</translation>
    </message>
    <message>
        <source>%Ln reminder record(s)</source>
        <translation type="vanished">%Ln Erinnerungseintrag/-einträge</translation>
    </message>
    <message>
        <source>%Ln medicine(s)</source>
        <translation type="vanished">%Ln Medikament(e)</translation>
    </message>
    <message>
        <source>%Ln health profile answer(s)</source>
        <translation type="vanished">%Ln Antwort(en) im Gesundheitsprofil</translation>
    </message>
    <message>
        <source>the water goal of %Ln day(s)</source>
        <translation type="vanished">das Wasserziel von %Ln Tag(en)</translation>
    </message>
    <message>
        <source>%Ln record(s) of “%1”</source>
        <translation type="vanished">%Ln Eintrag/Einträge von „%1“</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="+67"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>…and %Ln more problem(s).</source>
        <translation type="vanished">…und %Ln weitere(s) Problem(e).</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>YourDataWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data.py" line="+63"/>
        <location line="+2"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Your data sections</source>
        <translation>Bereiche von „Ihre Daten“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;int a bedside sheet…</source>
        <translation>Nachttisch-Blatt d&amp;rucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a bedside sheet to print</source>
        <translation>Ein Nachttisch-Blatt zum Drucken speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two weeks on one page, in large print, to write your nights on</source>
        <translation>Zwei Wochen auf einer Seite, in großer Schrift, um Ihre Nächte einzutragen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>bedside-sheet.pdf</source>
        <translation>nachttisch-blatt.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the bedside sheet</source>
        <translation>Das Nachttisch-Blatt speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the bedside sheet: %1</source>
        <translation>Das Nachttisch-Blatt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the bedside sheet as %1. Print it and keep it by your bed.</source>
        <translation>Das Nachttisch-Blatt wurde als %1 gespeichert. Drucken Sie es aus und legen Sie es neben Ihr Bett.</translation>
    </message>
</context>
<context>
    <name>_DayEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="-140"/>
        <source>Day off</source>
        <translation>Freier Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off</source>
        <translation>%1 ist ein freier Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Zeiten hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add more hours on %1</source>
        <translation>Weitere Zeiten am %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <location line="-37"/>
        <source>%1: reminders from</source>
        <translation>%1: Erinnerungen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: until</source>
        <translation>%1: bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these hours on %1</source>
        <translation>Diese Zeiten am %1 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../spasm_desktop/cli.py" line="+333"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Schlafenszeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>off</source>
        <comment>a reminder that is switched off</comment>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting: not detected here (the move reminder counts clock time)</source>
        <translation>Sitzen: hier nicht erkannt (die Bewegungserinnerung zählt die Uhrzeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting for %1 min (%2 min today)</source>
        <translation>Sitzen seit %1 Min. (%2 Min. heute)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back until you are free: %1</source>
        <translation>Zurückgehalten, bis Sie frei sind: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the app is not running: these times apply once it starts)</source>
        <translation>(die App läuft nicht: diese Zeiten gelten, sobald sie startet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the app is running but did not answer in time, as it may be busy: this was read from your records)</source>
        <translation>(die App läuft, hat aber nicht rechtzeitig geantwortet, da sie vielleicht beschäftigt ist: dies wurde aus Ihren Aufzeichnungen gelesen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Water today: %1 ml logged; your fluid limit is %2 ml (log only)</source>
        <translation>Wasser heute: %1 ml eingetragen; Ihre Trinkmengengrenze ist %2 ml (nur eintragen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation>Sie haben die Grenze erreicht, die Ihr Arzt für heute festgelegt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation>Sie sind nahe an der Grenze, die Ihr Arzt für heute festgelegt hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water today: %1 ml (no daily goal set)</source>
        <translation>Wasser heute: %1 ml (kein Tagesziel festgelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2 ml</source>
        <translation>Wasser heute: %1 von %2 ml</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 ml</source>
        <comment>a volume</comment>
        <translation>%1 ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fl oz</source>
        <comment>a volume</comment>
        <translation>%1 fl oz</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/commands.py" line="-151"/>
        <source>Logged %1: held by the running app; it will be saved when the database is free.</source>
        <translation>%1 eingetragen: von der laufenden App zurückgehalten; es wird gespeichert, sobald die Datenbank frei ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Logged %1.</source>
        <comment>a drink</comment>
        <translation>%1 eingetragen.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Logged %1 (Spasm Desktop was busy; it will not log it a second time).</source>
        <translation>%1 eingetragen (Spasm Desktop war beschäftigt; es trägt das Getränk nicht ein zweites Mal ein).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spasm Desktop is busy and the records are locked: your drink of %1 is held by the running app; it will be saved when the database is free.</source>
        <translation>Spasm Desktop ist beschäftigt und die Aufzeichnungen sind gesperrt: Ihr Getränk von %1 wird von der laufenden App zurückgehalten; es wird gespeichert, sobald die Datenbank frei ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: could not write to the records database; nothing was saved</source>
        <translation>Fehler: Die Datenbank der Aufzeichnungen konnte nicht beschrieben werden; es wurde nichts gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/data_commands.py" line="+194"/>
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the report of %1 to %2 (%3, %4) to %5.</source>
        <comment>%3 the cramps, %4 the pages</comment>
        <translation>Der Bericht vom %1 bis %2 (%3, %4) wurde nach %5 geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation>Pausen vom Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation>Dehn-Übungsfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation>Gesundheitsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation>Wasserziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation>Antworten auf die Kurzabfrage am Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation>Zeitgeber der Erinnerungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %1: %2</source>
        <comment>kind of records: how many</comment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error: %1 is not a backup that can be imported:</source>
        <translation>Fehler: %1 ist keine Sicherung, die importiert werden kann:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  ... and %n more problem(s)</source>
        <translation>
            <numerusform>  ... und %n weiteres Problem</numerusform>
            <numerusform>  ... und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+109"/>
        <location line="+77"/>
        <source>error: cannot read the records: %1</source>
        <translation>Fehler: Die Aufzeichnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>error: --from is after --to</source>
        <translation>Fehler: --from liegt nach --to</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write into %1: it is not a folder</source>
        <translation>in %1 kann nicht geschrieben werden: Es ist kein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; add --force to overwrite</source>
        <translation>%1 existiert bereits; fügen Sie --force hinzu, um zu überschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has CSV files; add --force to overwrite</source>
        <translation>%1 enthält bereits CSV-Dateien; fügen Sie --force hinzu, um sie zu überschreiben</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>error: Spasm Desktop is running, so its settings are not changed from here: quit it first, or restore in the app (My record → Your data → Restore)</source>
        <translation>Fehler: Spasm Desktop läuft, daher werden seine Einstellungen nicht von hier aus geändert: Beenden Sie es zuerst, oder stellen Sie in der App wieder her („Meine Aufzeichnungen“ → „Ihre Daten“ → „Wiederherstellen“)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This installation still has its first settings: add --settings to take the backup&apos;s settings too. Without it, your settings are kept.</source>
        <translation>Diese Installation hat noch ihre ersten Einstellungen: Fügen Sie --settings hinzu, um auch die Einstellungen der Sicherung zu übernehmen. Ohne diese Option bleiben Ihre Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s settings differ from yours; your settings are kept.</source>
        <translation>Die Einstellungen der Sicherung weichen von Ihren ab; Ihre Einstellungen bleiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the backup is already here.</source>
        <translation>Nichts hinzuzufügen: Alles aus der Sicherung ist schon da.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This will add %n record(s):</source>
        <translation>
            <numerusform>Dies fügt %n Eintrag hinzu:</numerusform>
            <numerusform>Dies fügt %n Einträge hinzu:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This will also take the backup&apos;s settings.</source>
        <translation>Dies übernimmt auch die Einstellungen der Sicherung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: could not add the records (nothing changed): %1</source>
        <translation>Fehler: Die Einträge konnten nicht hinzugefügt werden (nichts wurde geändert): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n record(s).</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt.</numerusform>
            <numerusform>%n Einträge hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: not a terminal, so not asking; add --yes to import</source>
        <translation>Fehler: kein Terminal, daher keine Rückfrage; fügen Sie --yes hinzu, um zu importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <comment>the short answer yes, as in [y/N]</comment>
        <translation>j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <comment>the answer yes to a question on the command line</comment>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these records? [%1/N] </source>
        <translation>Diese Einträge hinzufügen? [%1/N] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the settings? [%1/N] </source>
        <translation>Die Einstellungen übernehmen? [%1/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: could not write the settings: %1</source>
        <translation>Fehler: Die Einstellungen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took the backup&apos;s settings (%1).</source>
        <translation>Die Einstellungen der Sicherung wurden übernommen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They start Spasm Desktop at login: to have that on this computer too, open Settings in the app and save them once.</source>
        <translation>Sie starten Spasm Desktop bei der Anmeldung: Damit das auch auf diesem Computer geschieht, öffnen Sie in der App die Einstellungen und speichern Sie sie einmal.</translation>
    </message>
</context>
<context>
    <name>data:exercises/ankle-pumps.json</name>
    <message>
        <location filename="../../scripts/i18n/data_texts.py" line="+9"/>
        <source>Ankle pumps</source>
        <extracomment>name</extracomment>
        <translation>Fußwippen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Waden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shins</source>
        <extracomment>muscles[1]</extracomment>
        <translation>Schienbeine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair with your legs a little out in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Setzen Sie sich auf einen Stuhl, die Beine etwas nach vorne gestreckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your feet down, then pull them up toward you, again and again, at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Strecken Sie die Füße nach unten und ziehen Sie sie dann zu sich heran, immer wieder, in ruhigem Tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your feet on the floor.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Stellen Sie die Füße auf dem Boden ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
</context>
<context>
    <name>data:exercises/calf-raises.json</name>
    <message>
        <location line="+2"/>
        <source>Calf raises</source>
        <extracomment>name</extracomment>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Waden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall or a heavy desk, feet flat, and rest both hands on it.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Stellen Sie sich mit dem Gesicht zu einer Wand oder einem schweren Schreibtisch, die Füße flach, und legen Sie beide Hände darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rise slowly onto your toes, then lower your heels slowly. Keep going at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Gehen Sie langsam auf die Zehenspitzen und senken Sie die Fersen langsam wieder ab. Machen Sie in ruhigem Tempo weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand on flat feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Stehen Sie mit flachen Füßen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>An etwas Festem festhalten: Wand, Bettgestell oder schwerer Tisch. Nie an einem Stuhl mit Rollen.</translation>
    </message>
</context>
<context>
    <name>data:exercises/chair-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch on a chair</source>
        <extracomment>name</extracomment>
        <translation>Oberschenkel hinten, auf dem Stuhl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Oberschenkelrückseite (hintere Oberschenkelmuskeln)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit near the front edge of a chair that cannot roll.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Setzen Sie sich nahe an die Vorderkante eines Stuhls, der nicht rollen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the stretching leg out straight, heel on the floor and toes up; keep the other foot flat.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Strecken Sie das zu dehnende Bein gerade nach vorne, Ferse auf dem Boden und Zehen nach oben; der andere Fuß bleibt flach stehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back until the back of the straight thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Beugen Sie sich mit langem Rücken aus der Hüfte nach vorne, bis sich die Rückseite des gestreckten Oberschenkels dehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Setzen Sie sich aufrecht hin und entspannen Sie sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a chair without wheels, so it cannot roll away.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Nehmen Sie einen Stuhl ohne Rollen, damit er nicht wegrollen kann.</translation>
    </message>
</context>
<context>
    <name>data:exercises/childs-pose.json</name>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose</source>
        <extracomment>name</extracomment>
        <translation>Stellung des Kindes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a mat or the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Knien Sie sich auf eine Matte oder das Bett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit back toward your heels and reach your arms forward along the floor.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Setzen Sie sich nach hinten in Richtung Fersen und strecken Sie die Arme auf dem Boden nach vorne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your back round gently and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Lassen Sie den Rücken sanft rund werden und atmen Sie langsam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back up to kneeling, slowly.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Kommen Sie langsam wieder in den Kniestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
</context>
<context>
    <name>data:exercises/hand-press.json</name>
    <message>
        <location line="+2"/>
        <source>Hand and finger stretch</source>
        <extracomment>name</extracomment>
        <translation>Hand- und Fingerdehnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>palm and fingers</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Handfläche und Finger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forearm</source>
        <extracomment>muscles[1]</extracomment>
        <translation>Unterarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or stand at a table, or stand at a wall. Stop what you are doing with the hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Sitzen oder stehen Sie an einem Tisch, oder stehen Sie an einer Wand. Hören Sie mit dem auf, was Sie gerade mit der Hand tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the hand and spread the fingers.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Öffnen Sie die Hand und spreizen Sie die Finger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the palm and fingers flat against a table or a wall until you feel a gentle stretch.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Drücken Sie Handfläche und Finger flach gegen einen Tisch oder eine Wand, bis Sie eine sanfte Dehnung spüren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the hand and shake it loose.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Heben Sie die Hand an und schütteln Sie sie locker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
</context>
<context>
    <name>data:exercises/hip-flexor.json</name>
    <message>
        <location line="+2"/>
        <source>Kneeling hip stretch</source>
        <extracomment>name</extracomment>
        <translation>Hüftdehnung im Knien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the hip (hip flexors)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Vorderseite der Hüfte (Hüftbeuger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a cushion on the stretching side, with the other foot flat on the floor in front and that knee bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Knien Sie auf der zu dehnenden Seite auf einem Kissen, den anderen Fuß vorne flach auf dem Boden und dieses Knie gebeugt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your body upright and tuck your pelvis under.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Halten Sie den Oberkörper aufrecht und kippen Sie das Becken leicht nach hinten unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift your weight gently forward until the front of the hip stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Verlagern Sie Ihr Gewicht sanft nach vorne, bis sich die Vorderseite der Hüfte dehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift back and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Verlagern Sie das Gewicht zurück und entspannen Sie sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If kneeling hurts, do it as a standing lunge, holding on to a wall or a heavy table.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Wenn das Knien wehtut, machen Sie die Übung als Ausfallschritt im Stehen und halten Sie sich an einer Wand oder einem schweren Tisch fest.</translation>
    </message>
</context>
<context>
    <name>data:exercises/knees-to-chest.json</name>
    <message>
        <location line="+2"/>
        <source>Knees to chest</source>
        <extracomment>name</extracomment>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buttocks</source>
        <extracomment>muscles[1]</extracomment>
        <translation>Gesäß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back on a mat or the bed, knees bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Legen Sie sich auf einer Matte oder dem Bett auf den Rücken, die Knie gebeugt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hug both knees gently toward your chest and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Ziehen Sie beide Knie sanft mit den Armen zur Brust und atmen Sie langsam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower your feet back down.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Stellen Sie die Füße wieder ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
</context>
<context>
    <name>data:exercises/lying-lengthen.json</name>
    <message>
        <location line="+2"/>
        <source>Lying full-body lengthen</source>
        <extracomment>name</extracomment>
        <translation>Ganzkörperstreckung im Liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belly</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Bauch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back with your legs straight.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Legen Sie sich mit gestreckten Beinen auf den Rücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your arms overhead.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Nehmen Sie die Arme über den Kopf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach long through your fingers and toes, breathing slowly and deeply.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Strecken Sie sich lang bis in die Finger- und Zehenspitzen und atmen Sie langsam und tief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go and rest your arms by your sides.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lassen Sie los und legen Sie die Arme neben den Körper.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
</context>
<context>
    <name>data:exercises/neck-side-tilt.json</name>
    <message>
        <location line="+2"/>
        <source>Neck side stretch</source>
        <extracomment>name</extracomment>
        <translation>Seitliche Nackendehnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side of the neck</source>
        <extracomment>muscles[0]</extracomment>
        <translation>seitlicher Hals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders drop and relax.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Sitzen Sie aufrecht und lassen Sie die Schultern sinken und locker werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt your head so the ear moves toward the opposite shoulder, until you feel a mild pull along the side of the neck. Don&apos;t force it.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Neigen Sie den Kopf, sodass sich das Ohr zur gegenüberliegenden Schulter bewegt, bis Sie einen leichten Zug an der Seite des Halses spüren. Nicht erzwingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring your head back to the middle.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Bringen Sie den Kopf zurück in die Mitte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in the arm.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Hören Sie auf, wenn die Bewegung stechende Schmerzen oder Kribbeln im Arm auslöst.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Seated foot and toe stretch</source>
        <extracomment>name</extracomment>
        <translation>Fuß- und Zehendehnung im Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sole of the foot (arch)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Fußsohle (Fußgewölbe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toes</source>
        <extracomment>muscles[1]</extracomment>
        <translation>Zehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair or the edge of the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Setzen Sie sich auf einen Stuhl oder die Bettkante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross the stretching foot over the opposite knee.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Legen Sie den zu dehnenden Fuß über das gegenüberliegende Knie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes back toward the shin with your hand until the arch stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Ziehen Sie die Zehen mit der Hand zum Schienbein hin, bis sich das Fußgewölbe dehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the toes and relax the foot.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lassen Sie die Zehen los und entspannen Sie den Fuß.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Freiwillige Wohlfühl-Dehnung: Es gibt keine Studie speziell zu Krämpfen dafür.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation>Oberschenkel hinten, im Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Oberschenkelrückseite (hintere Oberschenkelmuskeln)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Setzen Sie sich auf das Bett oder den Boden, das zu dehnende Bein gerade vor sich ausgestreckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the other knee and rest that foot against the inside of the straight leg.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Beugen Sie das andere Knie und legen Sie diesen Fuß an die Innenseite des gestreckten Beins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back, reaching toward your ankle, until the back of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Beugen Sie sich mit langem Rücken aus der Hüfte nach vorne und greifen Sie in Richtung Knöchel, bis sich die Rückseite des Oberschenkels dehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Setzen Sie sich aufrecht hin und entspannen Sie sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Langsam bewegen, nicht federn.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-towel-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Seated towel calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Wadendehnung mit Handtuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Wade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Setzen Sie sich auf das Bett oder den Boden, das zu dehnende Bein gerade vor sich ausgestreckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop a towel, strap or sheet around the ball of the foot and hold both ends.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Legen Sie ein Handtuch, einen Gurt oder ein Laken um den Fußballen und halten Sie beide Enden fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gently draw your toes toward you with the towel until the calf stretches firmly. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Ziehen Sie die Zehen mit dem Handtuch sanft zu sich heran, bis sich die Wade deutlich dehnt. Atmen Sie weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ease off the towel and let the foot relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lassen Sie das Handtuch locker und den Fuß entspannen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Langsam bewegen, nicht federn.</translation>
    </message>
</context>
<context>
    <name>data:exercises/side-lying-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Side-lying thigh stretch</source>
        <extracomment>name</extracomment>
        <translation>Oberschenkel vorn, in Seitenlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Oberschenkelvorderseite (vorderer Oberschenkelmuskel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your side on the bed or a mat, the stretching leg on top.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Legen Sie sich auf dem Bett oder einer Matte auf die Seite, das zu dehnende Bein oben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm. Keep the lower leg straight or a little bent.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Legen Sie den Kopf auf den unteren Arm. Lassen Sie das untere Bein gestreckt oder leicht gebeugt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the top knee and hold that ankle with your top hand. Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Beugen Sie das obere Knie und halten Sie diesen Knöchel mit der oberen Hand. Führen Sie die Ferse zum Gesäß, die Knie zusammen, bis sich die Vorderseite des Oberschenkels dehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the ankle slowly and straighten the leg.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lassen Sie den Knöchel langsam los und strecken Sie das Bein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Langsam bewegen, nicht federn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach your ankle? Stop where you feel a gentle stretch.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Sie erreichen Ihren Knöchel nicht? Hören Sie dort auf, wo Sie eine sanfte Dehnung spüren.</translation>
    </message>
</context>
<context>
    <name>data:exercises/soleus-wall.json</name>
    <message>
        <location line="+2"/>
        <source>Bent-knee wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Wadendehnung, Knie gebeugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower calf (soleus)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>untere Wade (Schollenmuskel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achilles area</source>
        <extracomment>muscles[1]</extracomment>
        <translation>Bereich der Achillessehne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall with your palms on it, as for the wall calf stretch.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Stellen Sie sich wie bei der Wadendehnung an der Wand auf, Handflächen an der Wand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back and keep its heel down.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Setzen Sie das zu dehnende Bein einen Schritt zurück, Ferse am Boden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the back knee slightly, heel still down, until you feel the stretch low in the calf.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Beugen Sie das hintere Knie leicht, Ferse am Boden, bis Sie die Dehnung unten in der Wade spüren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten up and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Richten Sie sich auf und lassen Sie die Wade entspannen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Langsam bewegen, nicht federn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Freiwillige Wohlfühl-Dehnung: Es gibt keine Studie speziell zu Krämpfen dafür.</translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Standing hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation>Oberschenkel hinten, im Stehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Oberschenkelrückseite (hintere Oberschenkelmuskeln)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand in front of a low step or a sturdy low stool.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Stellen Sie sich vor eine niedrige Stufe oder einen stabilen, niedrigen Hocker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest the heel of the stretching leg on it, knee straight, toes pointing up.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Legen Sie die Ferse des zu dehnenden Beins darauf, Knie gestreckt, Zehen nach oben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the standing knee soft and your back long.</source>
        <extracomment>steps[2]</extracomment>
        <translation>Standbein leicht gebeugt, Rücken lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinge forward from the hips with a straight back until you feel a moderate stretch behind the thigh.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Beugen Sie sich mit geradem Rücken aus der Hüfte vor, bis Sie hinten am Oberschenkel eine mäßige Dehnung spüren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand up tall and let the leg relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Richten Sie sich auf und lassen Sie das Bein entspannen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>An etwas Festem festhalten: Wand, Bettgestell oder schwerer Tisch. Nie an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Langsam bewegen, nicht federn.</translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Standing thigh stretch</source>
        <extracomment>name</extracomment>
        <translation>Oberschenkel vorn, im Stehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Oberschenkelvorderseite (vorderer Oberschenkelmuskel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand tall beside a wall or a heavy table and hold on to it with one hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Stellen Sie sich aufrecht neben eine Wand oder einen schweren Tisch und halten Sie sich mit einer Hand fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the stretching knee and take hold of that ankle with the other hand.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Beugen Sie das Knie des zu dehnenden Beins und fassen Sie den Knöchel mit der anderen Hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Führen Sie die Ferse zum Gesäß, die Knie zusammen, bis sich die Vorderseite des Oberschenkels dehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the foot down slowly and stand on both feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lassen Sie den Fuß langsam herunter und stehen Sie auf beiden Füßen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>An etwas Festem festhalten: Wand, Bettgestell oder schwerer Tisch. Nie an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If balance or your knees make this hard, do it lying on your side instead.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Fällt das wegen Gleichgewicht oder Knien schwer, machen Sie es in Seitenlage.</translation>
    </message>
</context>
<context>
    <name>data:exercises/wall-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Standing wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Wadendehnung an der Wand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf (gastrocnemius)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>Wade (Zwillingswadenmuskel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall, about an arm&apos;s length away.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Stellen Sie sich eine Armlänge vor eine Wand, Gesicht zur Wand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your palms on the wall at chest height, elbows straight.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Handflächen in Brusthöhe an die Wand, Ellbogen gestreckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back. Keep its knee straight and its heel on the floor; bend the front knee.</source>
        <extracomment>steps[2]</extracomment>
        <translation>Setzen Sie das zu dehnende Bein einen Schritt zurück, Knie gestreckt, Ferse am Boden; das vordere Knie beugen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean toward the wall until you feel a firm, moderate stretch in the back calf. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Lehnen Sie sich zur Wand, bis Sie in der hinteren Wade eine deutliche, mäßige Dehnung spüren. Weiter atmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back upright and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Richten Sie sich wieder auf und lassen Sie die Wade entspannen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Aufhören bei stechendem Schmerz, Schwindel, Taubheit oder Kribbeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Langsam bewegen, nicht federn.</translation>
    </message>
</context>
<context>
    <name>data:learn/learn.json</name>
    <message>
        <location line="+2"/>
        <source>What is a cramp?</source>
        <extracomment>sections.what-is-a-cramp.title</extracomment>
        <translation>Was ist ein Krampf?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp (or spasm) is a muscle that suddenly tightens on its own and can&apos;t relax. It can take in part of a muscle, a whole muscle or a group of muscles, anywhere in the body.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[0].text</extracomment>
        <translation>Ein Krampf (oder Spasmus) ist ein Muskel, der sich plötzlich von selbst zusammenzieht und nicht mehr locker lassen kann. Er kann einen Teil eines Muskels, einen ganzen Muskel oder eine Muskelgruppe betreffen, überall im Körper.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps aren&apos;t serious, but they can hurt a lot, and night cramps can spoil your sleep.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[1].text</extracomment>
        <translation>Die meisten Krämpfe sind nicht ernst, aber sie können sehr wehtun, und nächtliche Krämpfe können Ihnen den Schlaf verderben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most often in the thighs, calves, feet, hands, arms and belly. A calf cramp is often called a charley horse; one that comes at rest or in sleep is a night (nocturnal) leg cramp.</source>
        <extracomment>sections.what-is-a-cramp.bullets[0].text</extracomment>
        <translation>Am häufigsten in Oberschenkeln, Waden, Füßen, Händen, Armen und Bauch. Ein Krampf in der Wade heißt umgangssprachlich Wadenkrampf; einer, der in Ruhe oder im Schlaf kommt, ist ein nächtlicher Beinkrampf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can feel like anything from a mild twitch to severe pain. The muscle may feel hard or look knotted.</source>
        <extracomment>sections.what-is-a-cramp.bullets[1].text</extracomment>
        <translation>Er kann sich wie alles von einem leichten Zucken bis zu starken Schmerzen anfühlen. Der Muskel kann sich hart anfühlen oder verknotet aussehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long: usually from a few seconds to about 10 minutes. Some last 15 minutes or longer, and a cramp may come back a few times before it goes.</source>
        <extracomment>sections.what-is-a-cramp.bullets[2].text</extracomment>
        <translation>Wie lange: meist von ein paar Sekunden bis etwa 10 Minuten. Manche dauern 15 Minuten oder länger, und ein Krampf kann ein paarmal wiederkommen, bevor er vergeht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>sections.what-is-a-cramp.bullets[3].text</extracomment>
        <translation>Der Muskel kann bis zu 24 Stunden lang schmerzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; American Family Physician</source>
        <extracomment>sections.what-is-a-cramp.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; American Family Physician</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gets them?</source>
        <extracomment>sections.who-gets-them.title</extracomment>
        <translation>Wer bekommt sie?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone, at any age, whether active or not. Cramps can come while you walk, sit, exercise or sleep.</source>
        <extracomment>sections.who-gets-them.paragraphs[0].text</extracomment>
        <translation>Jeder, in jedem Alter, ob aktiv oder nicht. Krämpfe können beim Gehen, Sitzen, Sport oder Schlafen kommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are more common in athletes, infants, pregnant people, people over 65 and people with obesity.</source>
        <extracomment>sections.who-gets-them.bullets[0].text</extracomment>
        <translation>Sie sind häufiger bei Sportlern, Säuglingen, Schwangeren, Menschen über 65 und Menschen mit starkem Übergewicht (Adipositas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some people get them often, with almost any kind of effort.</source>
        <extracomment>sections.who-gets-them.bullets[1].text</extracomment>
        <translation>Manche Menschen bekommen sie oft, bei fast jeder Art von Anstrengung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic</source>
        <extracomment>sections.who-gets-them.source_note</extracomment>
        <translation>Cleveland Clinic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common causes</source>
        <extracomment>sections.causes.title</extracomment>
        <translation>Häufige Ursachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These can make cramps more likely:</source>
        <extracomment>sections.causes.paragraphs[0].text</extracomment>
        <translation>Diese Dinge können Krämpfe wahrscheinlicher machen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for a long time, or sitting in an awkward position.</source>
        <extracomment>sections.causes.bullets[0].text</extracomment>
        <translation>Langes Sitzen oder Sitzen in einer ungünstigen Haltung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing for a long time, for example on a concrete floor.</source>
        <extracomment>sections.causes.bullets[1].text</extracomment>
        <translation>Langes Stehen, zum Beispiel auf einem Betonboden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard or long exercise that tires the muscles, above all in great heat.</source>
        <extracomment>sections.causes.bullets[2].text</extracomment>
        <translation>Harter oder langer Sport, der die Muskeln ermüdet, vor allem bei großer Hitze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dehydration: the body losing a lot of water, for example through heavy sweating, vomiting or diarrhea, or from water pills (diuretics).</source>
        <extracomment>sections.causes.bullets[3].text</extracomment>
        <translation>Austrocknung (Dehydration): Der Körper verliert viel Wasser, zum Beispiel durch starkes Schwitzen, Erbrechen oder Durchfall oder durch Entwässerungstabletten (Diuretika).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An imbalance of the body&apos;s salts and minerals (electrolytes), such as too little sodium in the blood.</source>
        <extracomment>sections.causes.bullets[4].text</extracomment>
        <translation>Ein Ungleichgewicht der Salze und Mineralstoffe im Körper (Elektrolyte), etwa zu wenig Natrium im Blut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines, such as statins and some diuretics. In a large study, more people needed cramp treatment after starting some long-acting inhalers (LABAs) or some diuretics.</source>
        <extracomment>sections.causes.bullets[5].text</extracomment>
        <translation>Manche Medikamente, etwa Statine und manche Diuretika. In einer großen Studie brauchten mehr Menschen eine Behandlung gegen Krämpfe, nachdem sie mit bestimmten lang wirkenden Inhalationsmitteln (LABA) oder bestimmten Diuretika begonnen hatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less often, another health problem, such as a nerve condition or poor circulation.</source>
        <extracomment>sections.causes.bullets[6].text</extracomment>
        <translation>Seltener ein anderes Gesundheitsproblem, etwa eine Nervenerkrankung oder eine schlechte Durchblutung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Merck Manual; MedlinePlus; Mayo Clinic; NHS; Garrison 2012; Bahk 2012</source>
        <extracomment>sections.causes.source_note</extracomment>
        <translation>Cleveland Clinic; Merck Manual; MedlinePlus; Mayo Clinic; NHS; Garrison 2012; Bahk 2012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fluids and minerals</source>
        <extracomment>sections.fluids-and-minerals.title</extracomment>
        <translation>Flüssigkeit und Mineralstoffe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a clinician set you a fluid limit? Follow their advice on how much to drink. It comes before anything on this page.</source>
        <extracomment>sections.fluids-and-minerals.cautions[0].text</extracomment>
        <translation>Hat Ihnen ein Arzt eine Trinkmengengrenze festgelegt? Folgen Sie seinem Rat, wie viel Sie trinken sollen. Er geht allem auf dieser Seite vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losing a lot of water (dehydration) makes cramps more likely. So can an imbalance of the body&apos;s salts and minerals, called electrolytes.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[0].text</extracomment>
        <translation>Viel Wasser zu verlieren (Austrocknung) macht Krämpfe wahrscheinlicher. Ebenso ein Ungleichgewicht der Salze und Mineralstoffe im Körper, der sogenannten Elektrolyte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after a big loss of fluid, and cramps all over the body, are on the list of warning signs further down this page.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[1].text</extracomment>
        <translation>Krämpfe nach einem großen Flüssigkeitsverlust und Krämpfe am ganzen Körper stehen auf der Liste der Warnzeichen weiter unten auf dieser Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating, for example in the heat, a sports drink or a regular meal may help replace the salt you lost. Salt tablets are not advised.</source>
        <extracomment>sections.fluids-and-minerals.bullets[0].text</extracomment>
        <translation>Nach langem, starkem Schwitzen, zum Beispiel bei Hitze, kann ein Sportgetränk oder eine normale Mahlzeit helfen, das verlorene Salz zu ersetzen. Salztabletten werden nicht empfohlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking far too much water is harmful too. It can water down the sodium in your blood (hyponatremia). Signs include nausea, headache, confusion, tiredness, and muscle weakness, cramps or spasms.</source>
        <extracomment>sections.fluids-and-minerals.bullets[1].text</extracomment>
        <translation>Viel zu viel Wasser zu trinken schadet ebenfalls. Es kann das Natrium in Ihrem Blut verdünnen (Hyponatriämie). Zeichen sind unter anderem Übelkeit, Kopfschmerzen, Verwirrtheit, Müdigkeit sowie Muskelschwäche, Krämpfe oder Spasmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom. The water reminders stay quiet in those 2 hours; you can change this in Settings.</source>
        <extracomment>sections.fluids-and-minerals.bullets[2].text</extracomment>
        <translation>In den letzten 2 Stunden vor dem Schlafengehen weniger zu trinken, kann helfen, nächtliche Toilettengänge zu verringern. Die Wassererinnerungen bleiben in diesen 2 Stunden still; Sie können das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merck Manual; Cleveland Clinic; Mayo Clinic; CDC; Sleep Foundation; UpToDate patient handout</source>
        <extracomment>sections.fluids-and-minerals.source_note</extracomment>
        <translation>Merck Manual; Cleveland Clinic; Mayo Clinic; CDC; Sleep Foundation; UpToDate-Patienteninformation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tired muscles and stretching</source>
        <extracomment>sections.tired-muscles.title</extracomment>
        <translation>Müde Muskeln und Dehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscles that work hard or for a long time can cramp, during exercise or afterwards. Great heat makes this more likely.</source>
        <extracomment>sections.tired-muscles.paragraphs[0].text</extracomment>
        <translation>Muskeln, die hart oder lange arbeiten, können verkrampfen, beim Sport oder danach. Große Hitze macht das wahrscheinlicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a cramp starts while you are active, stop what you are doing. Then stretch the muscle gently and massage it.</source>
        <extracomment>sections.tired-muscles.bullets[0].text</extracomment>
        <translation>Wenn ein Krampf beginnt, während Sie aktiv sind, hören Sie mit dem auf, was Sie gerade tun. Dehnen und massieren Sie den Muskel dann sanft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your fitness step by step, not all at once.</source>
        <extracomment>sections.tired-muscles.bullets[1].text</extracomment>
        <translation>Bauen Sie Ihre Fitness Schritt für Schritt auf, nicht auf einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>sections.tired-muscles.bullets[2].text</extracomment>
        <translation>Regelmäßiges Dehnen kann helfen, Krämpfe zu verringern, auch wenn es sie vielleicht nicht ganz verhindert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day works best.</source>
        <extracomment>sections.tired-muscles.bullets[3].text</extracomment>
        <translation>Dehnen an zwei oder drei Tagen pro Woche hilft der Beweglichkeit, und tägliches Dehnen wirkt am besten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>sections.tired-muscles.bullets[4].text</extracomment>
        <translation>Dehnen Sie bis zu einem deutlichen, mäßigen Zug, nie bis zu einem stechenden Schmerz, und atmen Sie beim Halten weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; MedlinePlus; AAOS; NHS; ACSM; Hallegraeff 2012</source>
        <extracomment>sections.tired-muscles.source_note</extracomment>
        <translation>Cleveland Clinic; MedlinePlus; AAOS; NHS; ACSM; Hallegraeff 2012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When another condition is behind it</source>
        <extracomment>sections.other-conditions.title</extracomment>
        <translation>Wenn eine andere Erkrankung dahintersteckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. Less often, they come from another health problem. This app can&apos;t tell the difference. If you are worried, contact a healthcare provider.</source>
        <extracomment>sections.other-conditions.paragraphs[0].text</extracomment>
        <translation>Die meisten Krämpfe sind nicht ernst. Seltener kommen sie von einem anderen Gesundheitsproblem. Diese App kann den Unterschied nicht erkennen. Wenn Sie sich Sorgen machen, wenden Sie sich an eine Arztpraxis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps all over the body can come from an electrolyte imbalance or from a serious condition such as atherosclerosis (hardened arteries), thyroid disease or multiple sclerosis (MS).</source>
        <extracomment>sections.other-conditions.bullets[0].text</extracomment>
        <translation>Krämpfe am ganzen Körper können von einem Ungleichgewicht der Elektrolyte kommen oder von einer ernsten Erkrankung wie Arteriosklerose (verhärtete Arterien), einer Schilddrüsenerkrankung oder Multipler Sklerose (MS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems with the nerves or with blood flow in the legs can also cause cramps.</source>
        <extracomment>sections.other-conditions.bullets[1].text</extracomment>
        <translation>Probleme mit den Nerven oder mit der Durchblutung der Beine können ebenfalls Krämpfe verursachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tingling, numbness or a crawling feeling may point to something else, such as restless legs syndrome or nerve damage (neuropathy).</source>
        <extracomment>sections.other-conditions.bullets[2].text</extracomment>
        <translation>Kribbeln, Taubheit oder ein Gefühl, als ob etwas krabbelt, können auf etwas anderes hinweisen, etwa das Restless-Legs-Syndrom (unruhige Beine) oder Nervenschäden (Neuropathie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doctors tell night leg cramps apart from restless legs, poor blood flow in the legs, muscle inflammation and nerve damage, mostly by asking questions and examining you.</source>
        <extracomment>sections.other-conditions.bullets[3].text</extracomment>
        <translation>Ärzte unterscheiden nächtliche Beinkrämpfe von unruhigen Beinen, schlechter Durchblutung der Beine, Muskelentzündung und Nervenschäden, meist durch Fragen und eine Untersuchung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your provider if you have diabetes, or thyroid, kidney, liver or blood vessel disease. You can note it in your health profile.</source>
        <extracomment>sections.other-conditions.bullets[4].text</extracomment>
        <translation>Sagen Sie Ihrer Arztpraxis, wenn Sie Diabetes oder eine Erkrankung der Schilddrüse, Nieren, Leber oder Blutgefäße haben. Sie können es in Ihrem Gesundheitsprofil notieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Merck Manual; American Family Physician; Hallegraeff 2017</source>
        <extracomment>sections.other-conditions.source_note</extracomment>
        <translation>Cleveland Clinic; Merck Manual; American Family Physician; Hallegraeff 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to lower your risk</source>
        <extracomment>sections.lower-your-risk.title</extracomment>
        <translation>So senken Sie Ihr Risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These steps may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.lower-your-risk.paragraphs[0].text</extracomment>
        <translation>Diese Schritte können helfen, Ihr Risiko für Krämpfe zu senken, aber keiner verhindert sie sicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a study of adults over 55, stretching the calves and the backs of the thighs every night just before bed for 6 weeks led to fewer and less painful night cramps. Another study, of calf stretches alone, found no benefit, so results vary. Gentle stretching is generally low-risk and may be worth trying.</source>
        <extracomment>sections.lower-your-risk.paragraphs[1].text</extracomment>
        <translation>In einer Studie mit Erwachsenen über 55 führte tägliches Dehnen der Waden und der Oberschenkelrückseiten kurz vor dem Schlafengehen über 6 Wochen zu weniger und weniger schmerzhaften nächtlichen Krämpfen. Eine andere Studie, nur mit Wadendehnungen, fand keinen Nutzen, die Ergebnisse sind also unterschiedlich. Sanftes Dehnen ist im Allgemeinen risikoarm und kann einen Versuch wert sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch your calves and the backs of your thighs every day, especially just before bed.</source>
        <extracomment>sections.lower-your-risk.checklist.stretch.text</extracomment>
        <translation>Dehnen Sie jeden Tag Ihre Waden und die Rückseiten Ihrer Oberschenkel, besonders kurz vor dem Schlafengehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your general fitness, step by step.</source>
        <extracomment>sections.lower-your-risk.checklist.fitness.text</extracomment>
        <translation>Bauen Sie Ihre allgemeine Fitness Schritt für Schritt auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drink enough water through the day, unless a clinician has set you a fluid limit: then follow their advice.</source>
        <extracomment>sections.lower-your-risk.checklist.water.text</extracomment>
        <translation>Trinken Sie über den Tag genug Wasser, außer ein Arzt hat Ihnen eine Trinkmengengrenze festgelegt: Dann folgen Sie seinem Rat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoid hard exercise in extreme heat.</source>
        <extracomment>sections.lower-your-risk.checklist.heat.text</extracomment>
        <translation>Vermeiden Sie harten Sport bei extremer Hitze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wear shoes that fit well and suit what you are doing.</source>
        <extracomment>sections.lower-your-risk.checklist.shoes.text</extracomment>
        <translation>Tragen Sie Schuhe, die gut passen und zu dem passen, was Sie tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you carry extra weight, ask your provider whether losing some could help.</source>
        <extracomment>sections.lower-your-risk.checklist.weight.text</extracomment>
        <translation>Wenn Sie Übergewicht haben, fragen Sie Ihre Arztpraxis, ob Abnehmen helfen könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your doctor or pharmacist whether any of your medicines can cause cramps. Don&apos;t stop or change a medicine on your own.</source>
        <extracomment>sections.lower-your-risk.checklist.medicines.text</extracomment>
        <translation>Fragen Sie Ihren Arzt oder Ihre Apotheke, ob eines Ihrer Medikamente Krämpfe verursachen kann. Setzen Sie ein Medikament nicht eigenmächtig ab und ändern Sie es nicht selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In bed: keep the sheets loose at the foot of the bed. On your back, prop your feet on pillows so your toes point up; on your front, let your feet hang over the end of the bed.</source>
        <extracomment>sections.lower-your-risk.checklist.sleep-position.text</extracomment>
        <translation>Im Bett: Lassen Sie die Laken am Fußende locker. In Rückenlage stützen Sie die Füße mit Kissen, sodass die Zehen nach oben zeigen; in Bauchlage lassen Sie die Füße über das Bettende hängen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Hallegraeff 2012; Coppin 2005; Cochrane 2021; Garrison 2012; American Family Physician; UpToDate patient handout</source>
        <extracomment>sections.lower-your-risk.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; Mayo Clinic; Hallegraeff 2012; Coppin 2005; Cochrane 2021; Garrison 2012; American Family Physician; UpToDate-Patienteninformation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching safely</source>
        <extracomment>sections.stretch-safely.title</extracomment>
        <translation>Sicher dehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent surgery, joint replacement or a new injury? Check with your clinician before stretching.</source>
        <extracomment>sections.stretch-safely.cautions[0].text</extracomment>
        <translation>Kürzlich operiert, ein künstliches Gelenk oder eine neue Verletzung? Fragen Sie Ihren Arzt, bevor Sie dehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Check with your clinician first too. The review of stretching studies did not include pregnant people.</source>
        <extracomment>sections.stretch-safely.cautions[1].text</extracomment>
        <translation>Schwanger? Fragen Sie auch dann zuerst Ihren Arzt oder Ihre Hebamme. Die Übersichtsarbeit zu Dehnstudien hat schwangere Menschen nicht einbezogen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch gently and slowly, without bouncing. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>sections.stretch-safely.bullets[0].text</extracomment>
        <translation>Dehnen Sie sanft und langsam, ohne zu federn. Hören Sie auf, wenn Sie einen stechenden Schmerz, Schwindel, Taubheit oder Kribbeln spüren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For balance, hold on to something fixed, such as a wall, a bed frame or a heavy table. Never use a chair on wheels.</source>
        <extracomment>sections.stretch-safely.bullets[1].text</extracomment>
        <translation>Halten Sie sich für das Gleichgewicht an etwas Festem fest, etwa an einer Wand, einem Bettgestell oder einem schweren Tisch. Nehmen Sie niemals einen Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If standing is hard or your balance is poor, use the seated versions of the stretches.</source>
        <extracomment>sections.stretch-safely.bullets[2].text</extracomment>
        <translation>Wenn Stehen schwerfällt oder Ihr Gleichgewicht schlecht ist, nehmen Sie die Versionen der Dehnübungen im Sitzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken by a cramp? Sit up first, then get up slowly before you stand on the cramping leg.</source>
        <extracomment>sections.stretch-safely.bullets[3].text</extracomment>
        <translation>Von einem Krampf geweckt? Setzen Sie sich zuerst auf und stehen Sie dann langsam auf, bevor Sie sich auf das verkrampfte Bein stellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hallegraeff 2012; Cochrane 2021; ACSM; CDC STEADI; AAOS</source>
        <extracomment>sections.stretch-safely.source_note</extracomment>
        <translation>Hallegraeff 2012; Cochrane 2021; ACSM; CDC STEADI; AAOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice</source>
        <extracomment>sections.heat-and-ice.title</extracomment>
        <translation>Wärme oder Eis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes, nerve damage or numb skin? No heat or hot soaks on skin that feels numb. Test water with your elbow or wrist, never your foot: lukewarm, never hot. Use heat or ice for about 10 minutes at most, and check your skin often.</source>
        <extracomment>sections.heat-and-ice.cautions[0].text</extracomment>
        <translation>Diabetes, Nervenschäden oder taube Haut? Keine Wärme und keine heißen Bäder auf Haut, die sich taub anfühlt. Prüfen Sie Wasser mit dem Ellbogen oder dem Handgelenk, nie mit dem Fuß: lauwarm, nie heiß. Nehmen Sie Wärme oder Eis höchstens etwa 10 Minuten lang und prüfen Sie Ihre Haut oft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warmth or cold may ease a cramp or the soreness after it. Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>sections.heat-and-ice.paragraphs[0].text</extracomment>
        <translation>Wärme oder Kälte kann einen Krampf oder die Schmerzen danach lindern. Wärme passt zu einem Muskel, der noch verspannt ist. Kälte passt zu einem, der schmerzt oder druckempfindlich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ways: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a towel rubbed over the muscle.</source>
        <extracomment>sections.heat-and-ice.bullets[0].text</extracomment>
        <translation>Schnelle Möglichkeiten: eine warme Dusche auf den Muskel für etwa 5 Minuten, ein warmes Bad oder Eis in einem Handtuch, mit dem Sie über den Muskel reiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise, use heat or ice for 15 to 20 minutes at a time, never more than 20 minutes.</source>
        <extracomment>sections.heat-and-ice.bullets[1].text</extracomment>
        <translation>Sonst nehmen Sie Wärme oder Eis jeweils 15 bis 20 Minuten lang, nie länger als 20 Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always put a cloth between your skin and the ice or heat. Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>sections.heat-and-ice.bullets[2].text</extracomment>
        <translation>Legen Sie immer ein Tuch zwischen Ihre Haut und das Eis oder die Wärme. Schlafen Sie nie auf einem Heizkissen oder mit einem Kühlpack ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t put heat on a fresh injury.</source>
        <extracomment>sections.heat-and-ice.bullets[3].text</extracomment>
        <translation>Keine Wärme auf eine frische Verletzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AAOS; Cleveland Clinic; Mayo Clinic; Barton Health; Diabetes Self-Management; NIDDK; UpToDate patient handout</source>
        <extracomment>sections.heat-and-ice.source_note</extracomment>
        <translation>AAOS; Cleveland Clinic; Mayo Clinic; Barton Health; Diabetes Self-Management; NIDDK; UpToDate-Patienteninformation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines and supplements</source>
        <extracomment>sections.medicines.title</extracomment>
        <translation>Medikamente und Nahrungsergänzungsmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a medicine for cramps suits you is a decision for your doctor. Never start, stop or change a medicine on your own.</source>
        <extracomment>sections.medicines.paragraphs[0].text</extracomment>
        <translation>Ob ein Medikament gegen Krämpfe für Sie passt, entscheidet Ihr Arzt. Beginnen, beenden oder ändern Sie niemals eigenmächtig ein Medikament.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines can make cramps more likely. If cramps started or got worse after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <extracomment>sections.medicines.bullets[0].text</extracomment>
        <translation>Manche Medikamente können Krämpfe wahrscheinlicher machen. Wenn Krämpfe nach einem neuen Medikament begonnen haben oder schlimmer geworden sind, bringen Sie Ihr Tagebuch und Ihre Medikamentenliste zu Ihrem Arzt oder in die Apotheke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quinine is not recommended for everyday cramps: it can have serious side effects. It is a decision for your doctor.</source>
        <extracomment>sections.medicines.bullets[1].text</extracomment>
        <translation>Chinin wird bei alltäglichen Krämpfen nicht empfohlen: Es kann ernste Nebenwirkungen haben. Darüber entscheidet Ihr Arzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Magnesium is unlikely to help typical night cramps in older adults. Ask your provider before you take a supplement for cramps.</source>
        <extracomment>sections.medicines.bullets[2].text</extracomment>
        <translation>Magnesium hilft bei typischen nächtlichen Krämpfen älterer Menschen wahrscheinlich nicht. Fragen Sie Ihre Arztpraxis, bevor Sie ein Nahrungsergänzungsmittel gegen Krämpfe nehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain relievers such as ibuprofen or acetaminophen (paracetamol) may ease soreness after a cramp. They work too slowly to help during one.</source>
        <extracomment>sections.medicines.bullets[3].text</extracomment>
        <translation>Schmerzmittel wie Ibuprofen oder Paracetamol können die Schmerzen nach einem Krampf lindern. Sie wirken zu langsam, um während eines Krampfes zu helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs) are not for everyone. Ask a pharmacist or doctor first if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure, asthma that these medicines make worse, or take a blood thinner.</source>
        <extracomment>sections.medicines.bullets[4].text</extracomment>
        <translation>Ibuprofen und ähnliche Medikamente (NSAR) sind nicht für jeden geeignet. Fragen Sie zuerst in der Apotheke oder Ihren Arzt, wenn Sie Nieren-, Herz- oder Leberprobleme, ein Magengeschwür, hohen Blutdruck oder Asthma haben, das diese Medikamente verschlimmern, oder wenn Sie einen Blutverdünner nehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen unless a doctor prescribes it. Acetaminophen (paracetamol) is the usual choice. Ask your midwife, doctor or pharmacist first.</source>
        <extracomment>sections.medicines.bullets[5].text</extracomment>
        <translation>Schwanger? Nehmen Sie Ibuprofen nur, wenn ein Arzt es verschreibt. Paracetamol ist die übliche Wahl. Fragen Sie zuerst Ihre Hebamme, Ihren Arzt oder in der Apotheke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS; American Family Physician; Garrison 2012; FDA; AAN; Cochrane 2020; Cleveland Clinic</source>
        <extracomment>sections.medicines.source_note</extracomment>
        <translation>NHS; American Family Physician; Garrison 2012; FDA; AAN; Cochrane 2020; Cleveland Clinic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to expect</source>
        <extracomment>sections.outlook.title</extracomment>
        <translation>Was Sie erwarten können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. A cramp usually lasts from a few seconds to about 10 minutes.</source>
        <extracomment>sections.outlook.paragraphs[0].text</extracomment>
        <translation>Die meisten Krämpfe sind nicht ernst. Ein Krampf dauert meist von ein paar Sekunden bis etwa 10 Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps are more common in people over 65.</source>
        <extracomment>sections.outlook.bullets[0].text</extracomment>
        <translation>Krämpfe sind bei Menschen über 65 häufiger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps under &quot;How to lower your risk&quot; may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.outlook.bullets[1].text</extracomment>
        <translation>Die Schritte unter „So senken Sie Ihr Risiko“ können helfen, Ihr Risiko für Krämpfe zu senken, aber keiner verhindert sie sicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your cramp diary. It shows your provider how often cramps come, how long they last and how much they hurt.</source>
        <extracomment>sections.outlook.bullets[2].text</extracomment>
        <translation>Führen Sie Ihr Krampftagebuch. Es zeigt Ihrer Arztpraxis, wie oft Krämpfe kommen, wie lange sie dauern und wie sehr sie wehtun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; American Family Physician; Sebo 2019</source>
        <extracomment>sections.outlook.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; American Family Physician; Sebo 2019</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to go to the emergency room</source>
        <extracomment>sections.emergency.title</extracomment>
        <translation>Wann Sie in die Notaufnahme gehen sollten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; American Heart Association; CDC; WebMD</source>
        <extracomment>sections.emergency.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; Mayo Clinic; American Heart Association; CDC; WebMD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to see a provider</source>
        <extracomment>sections.see-a-provider.title</extracomment>
        <translation>Wann Sie zum Arzt gehen sollten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a sign below applies to you, contact a doctor or nurse as its heading says. Bring your cramp diary and a list of your medicines.</source>
        <extracomment>sections.see-a-provider.paragraphs[0].text</extracomment>
        <translation>Wenn eines der Zeichen unten auf Sie zutrifft, wenden Sie sich an einen Arzt oder eine Pflegefachkraft, wie es die Überschrift sagt. Bringen Sie Ihr Krampftagebuch und eine Liste Ihrer Medikamente mit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Merck Manual; MedlinePlus; WebMD; Cochrane 2020</source>
        <extracomment>sections.see-a-provider.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; Mayo Clinic; Merck Manual; MedlinePlus; WebMD; Cochrane 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions for your provider</source>
        <extracomment>sections.questions-to-ask.title</extracomment>
        <translation>Fragen an Ihre Arztpraxis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions you may want to ask at your visit. Copy or print them, together with the next list, and bring your cramp diary.</source>
        <extracomment>sections.questions-to-ask.paragraphs[0].text</extracomment>
        <translation>Fragen, die Sie bei Ihrem Termin vielleicht stellen möchten. Kopieren oder drucken Sie sie zusammen mit der nächsten Liste und bringen Sie Ihr Krampftagebuch mit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could any of my medicines play a part? (Bring your medicine list.)</source>
        <extracomment>sections.questions-to-ask.bullets[0].text</extracomment>
        <translation>Könnte eines meiner Medikamente eine Rolle spielen? (Bringen Sie Ihre Medikamentenliste mit.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I see a specialist?</source>
        <extracomment>sections.questions-to-ask.bullets[1].text</extracomment>
        <translation>Sollte ich zu einem Facharzt gehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could my cramps be a sign of a disease?</source>
        <extracomment>sections.questions-to-ask.bullets[2].text</extracomment>
        <translation>Könnten meine Krämpfe ein Zeichen für eine Krankheit sein?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could what I feel be something other than a cramp?</source>
        <extracomment>sections.questions-to-ask.bullets[3].text</extracomment>
        <translation>Könnte das, was ich spüre, etwas anderes als ein Krampf sein?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is stretching before bed worth trying for me?</source>
        <extracomment>sections.questions-to-ask.bullets[4].text</extracomment>
        <translation>Ist Dehnen vor dem Schlafengehen für mich einen Versuch wert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can you show me how to stretch safely?</source>
        <extracomment>sections.questions-to-ask.bullets[5].text</extracomment>
        <translation>Können Sie mir zeigen, wie ich sicher dehne?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which massage techniques could help me?</source>
        <extracomment>sections.questions-to-ask.bullets[6].text</extracomment>
        <translation>Welche Massagetechniken könnten mir helfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could a vitamin or mineral supplement help me?</source>
        <extracomment>sections.questions-to-ask.bullets[7].text</extracomment>
        <translation>Könnte mir ein Vitamin- oder Mineralstoffpräparat helfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a prescription medicine that could help me, and what side effects can it have?</source>
        <extracomment>sections.questions-to-ask.bullets[8].text</extracomment>
        <translation>Gibt es ein verschreibungspflichtiges Medikament, das mir helfen könnte, und welche Nebenwirkungen kann es haben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I limit how much I drink?</source>
        <extracomment>sections.questions-to-ask.bullets[9].text</extracomment>
        <translation>Sollte ich meine Trinkmenge begrenzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I do about cramps in my child?</source>
        <extracomment>sections.questions-to-ask.bullets[10].text</extracomment>
        <translation>Was soll ich bei Krämpfen meines Kindes tun?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Garrison 2012; Hallegraeff 2012; Cochrane 2021; Cochrane 2020; Mayo Clinic; American Family Physician; Hallegraeff 2017</source>
        <extracomment>sections.questions-to-ask.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; Garrison 2012; Hallegraeff 2012; Cochrane 2021; Cochrane 2020; Mayo Clinic; American Family Physician; Hallegraeff 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your provider may ask</source>
        <extracomment>sections.provider-may-ask.title</extracomment>
        <translation>Was Ihre Arztpraxis Sie fragen könnte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider will usually ask about these. Your cramp diary can help you answer.</source>
        <extracomment>sections.provider-may-ask.paragraphs[0].text</extracomment>
        <translation>Ein Arzt fragt meist danach. Ihr Krampftagebuch kann Ihnen beim Antworten helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad is the pain, from 0 (none) to 10 (worst)?</source>
        <extracomment>sections.provider-may-ask.bullets[0].text</extracomment>
        <translation>Wie stark ist der Schmerz, von 0 (keiner) bis 10 (am stärksten)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When do the cramps happen: at night, sitting, standing, during or after exercise?</source>
        <extracomment>sections.provider-may-ask.bullets[1].text</extracomment>
        <translation>Wann kommen die Krämpfe: nachts, im Sitzen, im Stehen, beim Sport oder danach?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long do they last? Has any lasted more than 10 minutes?</source>
        <extracomment>sections.provider-may-ask.bullets[2].text</extracomment>
        <translation>Wie lange dauern sie? Hat einer länger als 10 Minuten gedauert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do they feel like: a hard knot, twitching, pulling, tingling or numbness?</source>
        <extracomment>sections.provider-may-ask.bullets[3].text</extracomment>
        <translation>Wie fühlen sie sich an: ein harter Knoten, Zucken, Ziehen, Kribbeln oder Taubheit?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When did they start, and have they changed since?</source>
        <extracomment>sections.provider-may-ask.bullets[4].text</extracomment>
        <translation>Wann haben sie begonnen, und haben sie sich seitdem verändert?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do they wake you at night or leave you tired the next day?</source>
        <extracomment>sections.provider-may-ask.bullets[5].text</extracomment>
        <translation>Wecken sie Sie nachts oder sind Sie am nächsten Tag müde davon?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Hallegraeff 2012; NHS; American Family Physician; Sebo 2019</source>
        <extracomment>sections.provider-may-ask.source_note</extracomment>
        <translation>Cleveland Clinic; Hallegraeff 2012; NHS; American Family Physician; Sebo 2019</translation>
    </message>
</context>
<context>
    <name>data:relief/areas.json</name>
    <message>
        <location line="+2"/>
        <source>Calf</source>
        <extracomment>areas.calf.name</extracomment>
        <translation>Wade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or lie down and straighten your knee.</source>
        <extracomment>areas.calf.quick[0]</extracomment>
        <translation>Hinsetzen oder hinlegen und das Knie strecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes toward your face (a towel helps).</source>
        <extracomment>areas.calf.quick[1]</extracomment>
        <translation>Zehen zum Gesicht ziehen (ein Handtuch hilft).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, then 20–30 seconds more.</source>
        <extracomment>areas.calf.quick[2]</extracomment>
        <translation>Halten, bis er nachlässt, dann noch 20–30 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then walk around, or massage the calf.</source>
        <extracomment>areas.calf.quick[3]</extracomment>
        <translation>Dann umhergehen oder die Wade massieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting or lying (best at night): straighten your knee.</source>
        <extracomment>areas.calf.steps[0]</extracomment>
        <translation>Im Sitzen oder Liegen (nachts am besten): Strecken Sie das Knie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your foot and toes toward your face, with a towel or sheet looped around the ball of the foot.</source>
        <extracomment>areas.calf.steps[1]</extracomment>
        <translation>Ziehen Sie Fuß und Zehen zum Gesicht hin, mit einem Handtuch oder Laken um den Fußballen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you stand at night: sit up first, get up slowly, and hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.calf.steps[2]; areas.foot.steps[1]</extracomment>
        <translation>Bevor Sie nachts aufstehen: Setzen Sie sich zuerst auf, stehen Sie langsam auf und halten Sie sich an etwas Festem fest, niemals an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: put your weight on the cramped leg and bend that knee a little.</source>
        <extracomment>areas.calf.steps[3]</extracomment>
        <translation>Im Stehen: Verlagern Sie Ihr Gewicht auf das verkrampfte Bein und beugen Sie dieses Knie leicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or face a wall, cramped leg behind you, knee straight and heel down, and lean in.</source>
        <extracomment>areas.calf.steps[4]</extracomment>
        <translation>Oder stellen Sie sich mit dem Gesicht zur Wand, das verkrampfte Bein hinten, Knie gestreckt und Ferse am Boden, und lehnen Sie sich nach vorne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp lets go, then about 20–30 seconds more. At the wall: count to 30, up to 5 times.</source>
        <extracomment>areas.calf.hold</extracomment>
        <translation>Halten, bis der Krampf nachlässt, dann noch etwa 20–30 Sekunden. An der Wand: bis 30 zählen, bis zu 5-mal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk around.</source>
        <extracomment>areas.calf.tips[0]</extracomment>
        <translation>Gehen Sie umher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the calf.</source>
        <extracomment>areas.calf.tips[1]</extracomment>
        <translation>Massieren Sie die Wade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warm shower on the calf, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>areas.calf.tips[2]</extracomment>
        <translation>Eine warme Dusche auf die Wade oder Eis in einem Tuch, mit dem Sie darüber reiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foot and toes</source>
        <extracomment>areas.foot.name</extracomment>
        <translation>Fuß und Zehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your leg straight.</source>
        <extracomment>areas.foot.quick[0]</extracomment>
        <translation>Das Bein gestreckt lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes up toward your shin with your hand.</source>
        <extracomment>areas.foot.quick[1]</extracomment>
        <translation>Zehen mit der Hand zum Schienbein hochziehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–20 seconds; repeat until it lets go.</source>
        <extracomment>areas.foot.quick[2]</extracomment>
        <translation>10–20 Sekunden halten; wiederholen, bis er nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the arch of your foot.</source>
        <extracomment>areas.foot.quick[3]</extracomment>
        <translation>Dann das Fußgewölbe massieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the leg straight and pull your toes up and back toward your shin with your hand.</source>
        <extracomment>areas.foot.steps[0]</extracomment>
        <translation>Lassen Sie das Bein gestreckt und ziehen Sie die Zehen mit der Hand nach oben und hinten zum Schienbein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or stand, press the foot flat, put your weight on it and walk slowly.</source>
        <extracomment>areas.foot.steps[2]</extracomment>
        <translation>Oder stellen Sie sich hin, drücken Sie den Fuß flach auf den Boden, verlagern Sie Ihr Gewicht darauf und gehen Sie langsam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the arch of the foot.</source>
        <extracomment>areas.foot.steps[3]</extracomment>
        <translation>Massieren Sie das Fußgewölbe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 10–20 seconds each time. Repeat until it lets go.</source>
        <extracomment>areas.foot.hold</extracomment>
        <translation>Jedes Mal etwa 10–20 Sekunden. Wiederholen, bis er nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore afterwards? Soak the foot in lukewarm water.</source>
        <extracomment>areas.foot.tips[0]</extracomment>
        <translation>Tut es danach noch weh? Baden Sie den Fuß in lauwarmem Wasser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back of thigh</source>
        <extracomment>areas.hamstring.name</extracomment>
        <translation>Oberschenkel hinten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight.</source>
        <extracomment>areas.hamstring.quick[0]</extracomment>
        <translation>Mit beiden Beinen gestreckt hinsetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips, toward your ankles.</source>
        <extracomment>areas.hamstring.quick[1]</extracomment>
        <translation>Aus der Hüfte nach vorn beugen, zu den Knöcheln hin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, about 30 seconds.</source>
        <extracomment>areas.hamstring.quick[2]; areas.quadriceps.quick[2]</extracomment>
        <translation>Halten, bis er nachlässt, etwa 30 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly as it lets go.</source>
        <extracomment>areas.hamstring.quick[3]</extracomment>
        <translation>Das Knie nicht plötzlich beugen, wenn er nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight. Lean forward from the hips, reaching toward your ankles.</source>
        <extracomment>areas.hamstring.steps[0]</extracomment>
        <translation>Setzen Sie sich mit beiden Beinen gestreckt hin. Beugen Sie sich aus der Hüfte nach vorne und greifen Sie zu den Knöcheln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: keep your legs straight and lean forward at the waist. Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.hamstring.steps[1]</extracomment>
        <translation>Im Stehen: Lassen Sie die Beine gestreckt und beugen Sie sich in der Taille nach vorne. Halten Sie sich an etwas Festem fest, niemals an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go; about 30 seconds.</source>
        <extracomment>areas.hamstring.hold; areas.quadriceps.hold</extracomment>
        <translation>Halten, bis er nachlässt; etwa 30 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly while the cramp lets go.</source>
        <extracomment>areas.hamstring.tips[0]</extracomment>
        <translation>Beugen Sie das Knie nicht plötzlich, während der Krampf nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front of thigh</source>
        <extracomment>areas.quadriceps.name</extracomment>
        <translation>Oberschenkel vorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.quick[0]</extracomment>
        <translation>An etwas Festem festhalten, nie an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee; hold your ankle, heel to your bottom.</source>
        <extracomment>areas.quadriceps.quick[1]</extracomment>
        <translation>Knie beugen; Knöchel halten, Ferse zum Po.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do it lying on your side.</source>
        <extracomment>areas.quadriceps.quick[3]</extracomment>
        <translation>Schlechtes Gleichgewicht? In Seitenlage machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand and hold on to something fixed, like a wall or a heavy table, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.steps[0]</extracomment>
        <translation>Stellen Sie sich hin und halten Sie sich an etwas Festem fest, etwa einer Wand oder einem schweren Tisch, niemals an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee, hold your ankle and bring the heel toward your buttock.</source>
        <extracomment>areas.quadriceps.steps[1]</extracomment>
        <translation>Beugen Sie das Knie, halten Sie den Knöchel und führen Sie die Ferse zum Gesäß.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do the same lying on your side.</source>
        <extracomment>areas.quadriceps.steps[2]</extracomment>
        <translation>Schlechtes Gleichgewicht? Machen Sie dasselbe in Seitenlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thigh cramps tend to last longer than others.</source>
        <extracomment>areas.quadriceps.warnings[0].text</extracomment>
        <translation>Krämpfe im Oberschenkel dauern oft länger als andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand and fingers</source>
        <extracomment>areas.hand.name</extracomment>
        <translation>Hand und Finger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop writing or gripping.</source>
        <extracomment>areas.hand.quick[0]; areas.hand.steps[0]</extracomment>
        <translation>Hören Sie auf zu schreiben oder zu greifen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand and spread your fingers.</source>
        <extracomment>areas.hand.quick[1]</extracomment>
        <translation>Hand öffnen, Finger spreizen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.quick[2]</extracomment>
        <translation>Handfläche und Finger flach auf Tisch oder Wand drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–30 seconds, then repeat.</source>
        <extracomment>areas.hand.quick[3]</extracomment>
        <translation>10–30 Sekunden halten, dann wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.steps[1]</extracomment>
        <translation>Öffnen Sie die Hand, spreizen Sie die Finger und drücken Sie Handfläche und Finger flach auf einen Tisch oder an eine Wand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or gently bend the fingers back with your other hand.</source>
        <extracomment>areas.hand.steps[2]; areas.arm.steps[3]</extracomment>
        <translation>Oder biegen Sie die Finger mit der anderen Hand sanft nach hinten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–30 seconds. Repeat.</source>
        <extracomment>areas.hand.hold</extracomment>
        <translation>10–30 Sekunden. Wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soak the hand in lukewarm water.</source>
        <extracomment>areas.hand.tips[0]</extracomment>
        <translation>Baden Sie die Hand in lauwarmem Wasser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the palm.</source>
        <extracomment>areas.hand.tips[1]</extracomment>
        <translation>Massieren Sie die Handfläche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your grip often.</source>
        <extracomment>areas.hand.tips[2]</extracomment>
        <translation>Wechseln Sie oft Ihren Griff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <extracomment>areas.arm.name</extracomment>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing with the arm.</source>
        <extracomment>areas.arm.quick[0]; areas.arm.steps[0]</extracomment>
        <translation>Unterbrechen Sie, was Sie mit dem Arm tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently.</source>
        <extracomment>areas.arm.quick[1]</extracomment>
        <translation>Den Muskel sanft dehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.quick[2]</extracomment>
        <translation>Die Dehnung halten, bis der Krampf nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle.</source>
        <extracomment>areas.arm.quick[3]</extracomment>
        <translation>Den Muskel massieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.steps[1]</extracomment>
        <translation>Dehnen Sie den Muskel sanft und halten Sie die Dehnung, bis der Krampf nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forearm: open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.arm.steps[2]</extracomment>
        <translation>Unterarm: Öffnen Sie die Hand, spreizen Sie die Finger und drücken Sie Handfläche und Finger flach auf einen Tisch oder an eine Wand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>areas.arm.steps[4]</extracomment>
        <translation>Massieren Sie den Muskel, während Sie dehnen oder danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp eases. At the table or wall: 10–30 seconds, then repeat.</source>
        <extracomment>areas.arm.hold</extracomment>
        <translation>Halten, bis der Krampf nachlässt. Am Tisch oder an der Wand: 10–30 Sekunden, dann wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neck</source>
        <extracomment>areas.neck.name</extracomment>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders relax.</source>
        <extracomment>areas.neck.quick[0]; areas.neck.steps[0]</extracomment>
        <translation>Sitzen Sie aufrecht und lassen Sie die Schultern locker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder. Don&apos;t force it.</source>
        <extracomment>areas.neck.quick[1]</extracomment>
        <translation>Ohr zur Schulter derselben Seite neigen. Nicht erzwingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.quick[2]</extracomment>
        <translation>15–30 Sekunden halten, 2–3-mal auf jeder Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the neck gently.</source>
        <extracomment>areas.neck.quick[3]</extracomment>
        <translation>Dann den Nacken sanft massieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder until you feel a mild pull on the other side. Don&apos;t force it.</source>
        <extracomment>areas.neck.steps[1]</extracomment>
        <translation>Neigen Sie ein Ohr zur Schulter derselben Seite, bis Sie auf der anderen Seite einen leichten Zug spüren. Nicht erzwingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then try gentle warmth and massage.</source>
        <extracomment>areas.neck.steps[2]</extracomment>
        <translation>Versuchen Sie dann sanfte Wärme und Massage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.hold</extracomment>
        <translation>15–30 Sekunden, 2–3-mal auf jeder Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in your arm.</source>
        <extracomment>areas.neck.warnings[0].text</extracomment>
        <translation>Hören Sie auf, wenn die Bewegung stechende Schmerzen oder Kribbeln in Ihrem Arm auslöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <extracomment>areas.back.name</extracomment>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel, sit back toward your heels, reach forward.</source>
        <extracomment>areas.back.quick[0]</extracomment>
        <translation>Knien, zu den Fersen zurücksetzen, Arme nach vorne strecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back and hug both knees.</source>
        <extracomment>areas.back.quick[1]</extracomment>
        <translation>Oder auf den Rücken legen und beide Knie umarmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 20–30 seconds per stretch.</source>
        <extracomment>areas.back.quick[2]</extracomment>
        <translation>20–30 Sekunden pro Dehnung halten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then take short walks.</source>
        <extracomment>areas.back.quick[3]</extracomment>
        <translation>Dann kurze Spaziergänge machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose: kneel, sit back toward your heels and reach your arms forward.</source>
        <extracomment>areas.back.steps[0]</extracomment>
        <translation>Stellung des Kindes: Knien Sie sich hin, setzen Sie sich zu den Fersen zurück und strecken Sie die Arme nach vorne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back, knees bent, and hug both knees toward your chest.</source>
        <extracomment>areas.back.steps[1]</extracomment>
        <translation>Oder legen Sie sich mit gebeugten Knien auf den Rücken und ziehen Sie beide Knie mit den Armen zur Brust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take short walks.</source>
        <extracomment>areas.back.steps[2]</extracomment>
        <translation>Machen Sie kurze Spaziergänge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>20–30 seconds per stretch.</source>
        <extracomment>areas.back.hold</extracomment>
        <translation>20–30 Sekunden pro Dehnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice for 15–20 minutes at a time, never more than 20, whichever feels better, with a cloth in between.</source>
        <extracomment>areas.back.tips[0]</extracomment>
        <translation>Wärme oder Eis jeweils 15–20 Minuten, nie länger als 20, je nachdem, was sich besser anfühlt, mit einem Tuch dazwischen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t stay in bed beyond the first day. Walk 5–10 minutes, 3–4 times a day.</source>
        <extracomment>areas.back.tips[1]</extracomment>
        <translation>Bleiben Sie nach dem ersten Tag nicht im Bett. Gehen Sie 5–10 Minuten, 3–4-mal am Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you must sit, change position every 30 minutes.</source>
        <extracomment>areas.back.tips[2]</extracomment>
        <translation>Wenn Sie sitzen müssen, wechseln Sie alle 30 Minuten die Haltung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly</source>
        <extracomment>areas.belly.name</extracomment>
        <translation>Bauch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back.</source>
        <extracomment>areas.belly.quick[0]</extracomment>
        <translation>Auf den Rücken legen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch out long: arms overhead, reach with toes.</source>
        <extracomment>areas.belly.quick[1]</extracomment>
        <translation>Lang machen: Arme über den Kopf, mit den Zehen strecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply for 20–30 seconds.</source>
        <extracomment>areas.belly.quick[2]</extracomment>
        <translation>20–30 Sekunden langsam und tief atmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long: arms overhead, reaching through fingers and toes.</source>
        <extracomment>areas.belly.steps[0]</extracomment>
        <translation>Legen Sie sich auf den Rücken und strecken Sie sich lang: Arme über den Kopf, bis in die Finger- und Zehenspitzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply.</source>
        <extracomment>areas.belly.steps[1]</extracomment>
        <translation>Atmen Sie langsam und tief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 20–30 seconds, breathing normally.</source>
        <extracomment>areas.belly.hold</extracomment>
        <translation>Etwa 20–30 Sekunden, bei normaler Atmung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heat pack for up to about 20 minutes, with a cloth in between.</source>
        <extracomment>areas.belly.tips[0]</extracomment>
        <translation>Ein Wärmekissen bis zu etwa 20 Minuten, mit einem Tuch dazwischen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? For belly cramps or belly pain, contact your midwife or doctor.</source>
        <extracomment>areas.belly.pregnancy[0].text</extracomment>
        <translation>Schwanger? Wenden Sie sich bei Bauchkrämpfen oder Bauchschmerzen an Ihre Hebamme oder Ihren Arzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest</source>
        <extracomment>areas.chest.name</extracomment>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All over the body</source>
        <extracomment>areas.all_over.name</extracomment>
        <translation>Am ganzen Körper</translation>
    </message>
</context>
<context>
    <name>data:relief/red_flags.json</name>
    <message>
        <location line="+2"/>
        <source>If you have unbearable pain, cramps all over your body, symptoms after contact with a possible poison, chest pain or trouble breathing, call your local emergency number now.</source>
        <extracomment>emergency_line.text</extracomment>
        <translation>Wenn Sie unerträgliche Schmerzen, Krämpfe am ganzen Körper, Beschwerden nach Kontakt mit einem möglichen Gift, Brustschmerzen oder Atemnot haben, rufen Sie jetzt Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain you can&apos;t bear.</source>
        <extracomment>flags.unbearable-pain.text</extracomment>
        <translation>Schmerzen, die Sie nicht ertragen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain you can&apos;t bear</source>
        <extracomment>flags.unbearable-pain.short</extracomment>
        <translation>Schmerzen, die Sie nicht ertragen können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps or spasms all over your body.</source>
        <extracomment>flags.all-over.text</extracomment>
        <translation>Krämpfe oder Spasmen am ganzen Körper.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps all over your body</source>
        <extracomment>flags.all-over.short</extracomment>
        <translation>Krämpfe am ganzen Körper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain, pressure or tightness, or trouble breathing, whatever it feels like. A “cramp in the chest” can be a heart attack.</source>
        <extracomment>flags.chest.text</extracomment>
        <translation>Schmerzen, Druck oder Engegefühl in der Brust oder Atemnot, ganz gleich, wie es sich anfühlt. Ein „Krampf in der Brust“ kann ein Herzinfarkt sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chest pain or trouble breathing</source>
        <extracomment>flags.chest.short</extracomment>
        <translation>Brustschmerzen oder Atemnot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm and red, together with chest pain or trouble breathing. A blood clot may have reached the lungs.</source>
        <extracomment>flags.clot-chest.text</extracomment>
        <translation>Ein Bein geschwollen, warm und gerötet, zusammen mit Brustschmerzen oder Atemnot. Ein Blutgerinnsel könnte die Lunge erreicht haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms after touching or swallowing something that may be poisonous, such as lead or mercury, or after dirt got into a cut.</source>
        <extracomment>flags.poison.text</extracomment>
        <translation>Spasmen, nachdem Sie etwas berührt oder geschluckt haben, das giftig sein könnte, etwa Blei oder Quecksilber, oder nachdem Schmutz in eine Schnittwunde gekommen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible tetanus after a wound: a stiff jaw (“lockjaw”), trouble swallowing, or spasms that spread, usually 3 to 21 days after the wound.</source>
        <extracomment>flags.tetanus.text</extracomment>
        <translation>Möglicher Wundstarrkrampf (Tetanus) nach einer Wunde: ein steifer Kiefer („Kiefersperre“), Schluckbeschwerden oder sich ausbreitende Spasmen, meist 3 bis 21 Tage nach der Verletzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp that lasts more than 10 minutes and doesn&apos;t ease when you move or stretch.</source>
        <extracomment>flags.ten-minutes.text</extracomment>
        <translation>Ein Krampf, der länger als 10 Minuten dauert und nicht nachlässt, wenn Sie sich bewegen oder dehnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in your arms or belly.</source>
        <extracomment>flags.arms-belly.text</extracomment>
        <translation>Krämpfe in den Armen oder im Bauch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps with weakness or loss of feeling.</source>
        <extracomment>flags.weakness-numbness.text</extracomment>
        <translation>Krämpfe mit Schwäche oder Gefühlsverlust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after losing a lot of fluid: vomiting, diarrhea or heavy sweating.</source>
        <extracomment>flags.fluid-loss.text</extracomment>
        <translation>Krämpfe nach großem Flüssigkeitsverlust: Erbrechen, Durchfall oder starkes Schwitzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm, red or tender (usually the calf), without chest pain or trouble breathing. It could be a blood clot (DVT).</source>
        <extracomment>flags.clot.text</extracomment>
        <translation>Ein Bein geschwollen, warm, gerötet oder druckempfindlich (meist die Wade), ohne Brustschmerzen oder Atemnot. Es könnte ein Blutgerinnsel sein (tiefe Venenthrombose, TVT).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly pain that is severe, keeps going, or comes with fever or vomiting.</source>
        <extracomment>flags.belly-pain.text</extracomment>
        <translation>Bauchschmerzen, die stark sind, anhalten oder mit Fieber oder Erbrechen einhergehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You think the cramps could be a sign of another medical condition.</source>
        <extracomment>flags.other-condition.text</extracomment>
        <translation>Sie glauben, dass die Krämpfe ein Zeichen für eine andere Erkrankung sein könnten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant pain with the cramps: talk to a provider right away.</source>
        <extracomment>flags.significant-pain.text</extracomment>
        <translation>Erhebliche Schmerzen bei den Krämpfen: Sprechen Sie umgehend mit einer Arztpraxis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling or numbness in your leg, or changes in its skin: talk to a provider right away.</source>
        <extracomment>flags.leg-swelling-numbness.text</extracomment>
        <translation>Schwellung oder Taubheit im Bein oder Veränderungen seiner Haut: Sprechen Sie umgehend mit einer Arztpraxis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps that wake you at night, disturb your sleep or leave you tired during the day: talk to a provider right away.</source>
        <extracomment>flags.wake-at-night.text</extracomment>
        <translation>Beinkrämpfe, die Sie nachts wecken, Ihren Schlaf stören oder Sie tagsüber müde machen: Sprechen Sie umgehend mit einer Arztpraxis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that are very painful, frequent or long-lasting: talk to a provider right away.</source>
        <extracomment>flags.painful-frequent-long.text</extracomment>
        <translation>Krämpfe, die sehr schmerzhaft, häufig oder lang anhaltend sind: Sprechen Sie umgehend mit einer Arztpraxis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle weakness, or muscles getting thinner (wasting), along with the cramps.</source>
        <extracomment>flags.weakness-wasting.text</extracomment>
        <translation>Muskelschwäche oder Muskeln, die dünner werden (Muskelschwund), zusammen mit den Krämpfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term cramps with other symptoms, such as weakness or poor coordination.</source>
        <extracomment>flags.other-symptoms.text</extracomment>
        <translation>Chronische Krämpfe (über lange Zeit) mit anderen Beschwerden, etwa Schwäche oder schlechter Koordination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps while walking that go away when you rest. This can be a sign of poor circulation. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.walking-cramps.text</extracomment>
        <translation>Beinkrämpfe beim Gehen, die in Ruhe vergehen. Das kann ein Zeichen für eine schlechte Durchblutung sein. Gehen Sie innerhalb von 1 bis 2 Tagen zum Arzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that began after you started a new medicine. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.new-medicine.text</extracomment>
        <translation>Krämpfe, die begonnen haben, nachdem Sie ein neues Medikament angefangen haben. Gehen Sie innerhalb von 1 bis 2 Tagen zum Arzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps if you drink a lot of alcohol. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.alcohol.text</extracomment>
        <translation>Krämpfe, wenn Sie viel Alkohol trinken. Gehen Sie innerhalb von 1 bis 2 Tagen zum Arzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that don&apos;t get better with self-care, or that exercise or dehydration don&apos;t explain.</source>
        <extracomment>flags.no-improvement.text</extracomment>
        <translation>Krämpfe, die mit Selbsthilfe nicht besser werden oder die sich nicht durch Sport oder Flüssigkeitsmangel erklären lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that keep you from sleeping well or from doing the things you love, like sports.</source>
        <extracomment>flags.sleep-sports.text</extracomment>
        <translation>Krämpfe, die Sie vom guten Schlaf abhalten oder von den Dingen, die Sie gerne tun, etwa Sport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in the upper back.</source>
        <extracomment>flags.upper-back.text</extracomment>
        <translation>Krämpfe im oberen Rücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More cramps since a new medicine. Don&apos;t stop or change it on your own: bring your diary and your list of medicines.</source>
        <extracomment>flags.more-after-medicine.text</extracomment>
        <translation>Mehr Krämpfe seit einem neuen Medikament. Setzen Sie es nicht eigenmächtig ab und ändern Sie es nicht: Bringen Sie Ihr Tagebuch und Ihre Medikamentenliste mit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your diary shows cramps on most nights.</source>
        <extracomment>flags.most-nights.text</extracomment>
        <translation>Ihr Tagebuch zeigt Krämpfe in den meisten Nächten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions about vitamins or minerals, such as whether a supplement could help you.</source>
        <extracomment>flags.supplements.text</extracomment>
        <translation>Fragen zu Vitaminen oder Mineralstoffen, etwa ob ein Nahrungsergänzungsmittel Ihnen helfen könnte.</translation>
    </message>
</context>
<context>
    <name>data:relief/universal.json</name>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing.</source>
        <extracomment>steps[0].text</extracomment>
        <translation>Hören Sie mit dem auf, was Sie gerade getan haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>steps[1].text</extracomment>
        <translation>Dehnen Sie den Muskel sanft und halten Sie die Dehnung, bis der Krampf nachlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>steps[2].text</extracomment>
        <translation>Massieren Sie den Muskel, während Sie dehnen oder danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramp: get up and walk, or shake the leg. Putting your weight on it may help.</source>
        <extracomment>steps[3].text</extracomment>
        <translation>Beinkrampf: Stehen Sie auf und gehen Sie umher oder schütteln Sie das Bein aus. Das Bein zu belasten kann helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At night, sit up first and get up slowly before you stand. Hold on to something fixed, like a wall or a bed frame, never a chair on wheels.</source>
        <extracomment>steps[4].text</extracomment>
        <translation>Setzen Sie sich nachts zuerst auf und stehen Sie langsam auf, bevor Sie sich hinstellen. Halten Sie sich an etwas Festem fest, etwa einer Wand oder einem Bettgestell, niemals an einem Stuhl mit Rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still tight? Warmth may help. Sore or tender? Cold may help. Follow the heat and cold rules.</source>
        <extracomment>steps[5].text</extracomment>
        <translation>Noch verspannt? Wärme kann helfen. Schmerzt es oder ist es druckempfindlich? Kälte kann helfen. Beachten Sie die Regeln für Wärme und Kälte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards, a pain reliever such as ibuprofen or acetaminophen (paracetamol) may ease soreness. During a cramp it works too slowly to help.</source>
        <extracomment>steps[6].text</extracomment>
        <translation>Danach kann ein Schmerzmittel wie Ibuprofen oder Paracetamol die Schmerzen lindern. Während eines Krampfes wirkt es zu langsam, um zu helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs): ask a pharmacist or doctor first if you are pregnant or take blood thinners.</source>
        <extracomment>steps[7].text</extracomment>
        <translation>Ibuprofen und ähnliche Medikamente (NSAR): Fragen Sie zuerst in der Apotheke oder Ihren Arzt, wenn Sie schwanger sind oder Blutverdünner nehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask first, too, if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure or asthma.</source>
        <extracomment>steps[8].text</extracomment>
        <translation>Fragen Sie auch zuerst, wenn Sie Nieren-, Herz- oder Leberprobleme, ein Magengeschwür, hohen Blutdruck oder Asthma haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the label. Ask a pharmacist first if you have other conditions or take other medicines.</source>
        <extracomment>steps[9].text</extracomment>
        <translation>Halten Sie sich an die Packungsbeilage. Fragen Sie zuerst in der Apotheke, wenn Sie andere Erkrankungen haben oder andere Medikamente nehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>steps[10].text</extracomment>
        <translation>Der Muskel kann bis zu 24 Stunden lang schmerzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>heat_cold[0].text</extracomment>
        <translation>Wärme passt zu einem Muskel, der noch verspannt ist. Kälte passt zu einem, der schmerzt oder druckempfindlich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick options: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>heat_cold[1].text</extracomment>
        <translation>Schnelle Möglichkeiten: eine warme Dusche auf den Muskel für etwa 5 Minuten, ein warmes Bad oder Eis in einem Tuch, mit dem Sie darüber reiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use heat or cold for 15 to 20 minutes at a time, never more than 20.</source>
        <extracomment>heat_cold[2].text</extracomment>
        <translation>Nehmen Sie Wärme oder Kälte jeweils 15 bis 20 Minuten lang, nie länger als 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always keep a cloth between your skin and the heat or ice.</source>
        <extracomment>heat_cold[3].text</extracomment>
        <translation>Lassen Sie immer ein Tuch zwischen Ihrer Haut und der Wärme oder dem Eis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>heat_cold[4].text</extracomment>
        <translation>Schlafen Sie nie auf einem Heizkissen oder mit einem Kühlpack ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh injury rather than a cramp? Don&apos;t put heat on it.</source>
        <extracomment>heat_cold[5].text</extracomment>
        <translation>Eher eine frische Verletzung als ein Krampf? Keine Wärme darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes or nerve damage? No heat, ice or hot soaks on skin that feels numb, unless a clinician said it&apos;s OK.</source>
        <extracomment>numb_skin[0].text</extracomment>
        <translation>Diabetes oder Nervenschäden? Keine Wärme, kein Eis und keine heißen Bäder auf Haut, die sich taub anfühlt, außer ein Arzt hat es erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test water with your elbow or wrist, never your foot. Use lukewarm water, not hot.</source>
        <extracomment>numb_skin[1].text</extracomment>
        <translation>Prüfen Sie Wasser mit dem Ellbogen oder dem Handgelenk, nie mit dem Fuß. Nehmen Sie lauwarmes Wasser, kein heißes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your skin feels normal, use heat or ice for about 10 minutes at most, and check your skin every few minutes.</source>
        <extracomment>numb_skin[2].text</extracomment>
        <translation>Wo sich Ihre Haut normal anfühlt, nehmen Sie Wärme oder Eis höchstens etwa 10 Minuten lang und prüfen Sie Ihre Haut alle paar Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen or other NSAIDs unless a doctor prescribed them. Acetaminophen (paracetamol) is the usual choice. Ask a midwife, doctor or pharmacist first.</source>
        <extracomment>pregnancy[0].text</extracomment>
        <translation>Schwanger? Nehmen Sie Ibuprofen oder andere NSAR nur, wenn ein Arzt sie verschrieben hat. Paracetamol ist die übliche Wahl. Fragen Sie zuerst Ihre Hebamme, Ihren Arzt oder in der Apotheke.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings, seated</source>
        <extracomment>name</extracomment>
        <translation>Abends: Waden, Oberschenkel hinten, im Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same routine sitting on the bed or the floor, for when standing is hard or you are tired: a towel calf stretch and a seated hamstring stretch, each leg. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation>Dieselbe Übungsfolge im Sitzen auf dem Bett oder dem Boden, wenn Stehen schwerfällt oder Sie müde sind: eine Wadendehnung mit Handtuch und eine Dehnung der Oberschenkelrückseite im Sitzen, jedes Bein. Jede Dehnung wird 10 Sekunden gehalten, wie in der Studie.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings</source>
        <extracomment>name</extracomment>
        <translation>Abends: Waden, Oberschenkel hinten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretches from a study of adults over 55 with night leg cramps: calf and hamstring, each leg, hold about 10 seconds at a moderate stretch, relax 10 seconds, 3 times, just before you go to sleep. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation>Die Dehnübungen aus einer Studie mit Erwachsenen über 55 mit nächtlichen Beinkrämpfen: Wade und Oberschenkelrückseite, jedes Bein, etwa 10 Sekunden bei mäßiger Dehnung halten, 10 Sekunden entspannen, 3-mal, kurz bevor Sie schlafen gehen. Jede Dehnung wird 10 Sekunden gehalten, wie in der Studie.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended, seated or lying</source>
        <extracomment>name</extracomment>
        <translation>Abends, erweitert, im Sitzen oder Liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seated calf and hamstring stretches, then optional comfort stretches for the foot and, lying on your side, the front of the thigh.</source>
        <extracomment>description</extracomment>
        <translation>Die Dehnungen für Waden und Oberschenkelrückseite im Sitzen, dann freiwillige Dehnungen für das Wohlbefinden: für den Fuß und, in Seitenlage, für die Oberschenkelvorderseite.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended</source>
        <extracomment>name</extracomment>
        <translation>Abends, erweitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calf and hamstring stretches, then optional comfort stretches for the lower calf, the foot, the front of the thigh and the hip.</source>
        <extracomment>description</extracomment>
        <translation>Die Dehnungen für Waden und Oberschenkelrückseite, dann freiwillige Dehnungen für das Wohlbefinden: für die untere Wade, den Fuß, die Oberschenkelvorderseite und die Hüfte.</translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break, seated</source>
        <extracomment>name</extracomment>
        <translation>Dehnpause am Schreibtisch, im Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk break without standing up: ankle pumps, a hamstring stretch on your chair, a foot stretch and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation>Die Schreibtischpause ohne Aufstehen: Fußwippen, eine Dehnung der Oberschenkelrückseite auf Ihrem Stuhl, eine Fußdehnung und eine Nackendehnung.</translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break</source>
        <extracomment>name</extracomment>
        <translation>Dehnpause am Schreibtisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At your desk: ankle pumps and a hamstring stretch sitting down, calf raises and a thigh stretch holding on to your desk or a wall, and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation>Am Schreibtisch: Fußwippen und eine Dehnung der Oberschenkelrückseite im Sitzen, Fersenheben und eine Oberschenkeldehnung, dabei am Schreibtisch oder an einer Wand festhalten, und eine Nackendehnung.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-arm.json</name>
    <message>
        <location line="+2"/>
        <source>Arm cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Armkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall to stretch the forearm, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Drücken Sie die offene Hand flach auf einen Tisch oder an eine Wand, um den Unterarm zu dehnen, und halten Sie, bis der Krampf nachlässt.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-back.json</name>
    <message>
        <location line="+2"/>
        <source>Back cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Rückenkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose, then hugging the knees to the chest, breathing slowly.</source>
        <extracomment>description</extracomment>
        <translation>Stellung des Kindes, dann die Knie zur Brust ziehen und dabei langsam atmen.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-belly.json</name>
    <message>
        <location line="+2"/>
        <source>Belly cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Bauchkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long, breathing slowly and deeply.</source>
        <extracomment>description</extracomment>
        <translation>Legen Sie sich auf den Rücken und strecken Sie sich lang, atmen Sie langsam und tief.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Calf cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Wadenkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle calf stretch sitting or lying, with a towel or sheet around the foot. Hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Eine sanfte Wadendehnung im Sitzen oder Liegen, mit einem Handtuch oder Laken um den Fuß. Halten, bis der Krampf nachlässt.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Foot cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Fußkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull the toes back toward the shin and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Ziehen Sie die Zehen zum Schienbein zurück und halten Sie, bis der Krampf nachlässt.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Back-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Krampf in der Oberschenkelrückseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips over a straight leg and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Beugen Sie sich aus der Hüfte über ein gestrecktes Bein nach vorne und halten Sie, bis der Krampf nachlässt.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hand.json</name>
    <message>
        <location line="+2"/>
        <source>Hand cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Handkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Drücken Sie die offene Hand flach auf einen Tisch oder an eine Wand und halten Sie, bis der Krampf nachlässt.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-neck.json</name>
    <message>
        <location line="+2"/>
        <source>Neck cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Nackenkrampf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle side stretch for the neck, each side. Don&apos;t force it.</source>
        <extracomment>description</extracomment>
        <translation>Eine sanfte seitliche Dehnung für den Nacken, jede Seite. Nicht erzwingen.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-quadriceps.json</name>
    <message>
        <location line="+2"/>
        <source>Front-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Hilfe bei Krampf in der Oberschenkelvorderseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward the buttock, holding on to a wall or a sturdy chair that cannot roll, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Führen Sie die Ferse zum Gesäß, halten Sie sich dabei an einer Wand oder einem stabilen Stuhl ohne Rollen fest, und halten Sie die Dehnung, bis der Krampf nachlässt.</translation>
    </message>
    <message>
        <source>Bring the heel toward the buttock, holding a chair, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="vanished">Führen Sie die Ferse zum Gesäß, halten Sie sich dabei an einem Stuhl fest, und halten Sie, bis der Krampf nachlässt.</translation>
    </message>
</context>
<context>
    <name>data:tips/tips.json</name>
    <message>
        <location line="+2"/>
        <source>Your clinician&apos;s fluid limit comes first. Log what you drink here, and check with them before drinking more than they advised.</source>
        <extracomment>tips.water-fluid-limit.text</extracomment>
        <translation>Die Trinkmengengrenze Ihres Arztes geht vor. Tragen Sie hier ein, was Sie trinken, und fragen Sie ihn, bevor Sie mehr trinken, als er geraten hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot weather and exercise raise how much fluid you need. Small, frequent sips may work better than a few large drinks.</source>
        <extracomment>tips.water-heat.text</extracomment>
        <translation>Heißes Wetter und Sport erhöhen Ihren Flüssigkeitsbedarf. Kleine, häufige Schlucke können besser sein als wenige große Getränke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart, kidney, liver or thyroid problems, diuretics and some medicines change fluid needs. If one applies, ask your clinician how much to drink.</source>
        <extracomment>tips.water-conditions.text</extracomment>
        <translation>Herz-, Nieren-, Leber- oder Schilddrüsenprobleme, Diuretika und manche Medikamente ändern den Flüssigkeitsbedarf. Trifft etwas davon zu, fragen Sie Ihren Arzt, wie viel Sie trinken sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More is not always better: drinking far too much water can dilute the sodium in your blood. Spread your drinks through the day.</source>
        <extracomment>tips.water-overdrink.text</extracomment>
        <translation>Mehr ist nicht immer besser: Viel zu viel Wasser kann das Natrium in Ihrem Blut verdünnen. Verteilen Sie Ihre Getränke über den Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pale, clear-yellow urine is a simple sign that you are probably drinking enough.</source>
        <extracomment>tips.water-urine.text</extracomment>
        <translation>Heller, klar-gelber Urin ist ein einfaches Zeichen, dass Sie wahrscheinlich genug trinken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating in the heat, a sports drink or a regular meal may help replace lost salt. Salt tablets are not advised.</source>
        <extracomment>tips.water-sweat.text</extracomment>
        <translation>Nach langem, starkem Schwitzen in der Hitze kann ein Sportgetränk oder eine normale Mahlzeit helfen, verlorenes Salz zu ersetzen. Salztabletten werden nicht empfohlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for long periods is listed as a risk factor for muscle cramps; standing up for a gentle stretch breaks it up.</source>
        <extracomment>tips.stretch-sitting.text</extracomment>
        <translation>Langes Sitzen gilt als Risikofaktor für Muskelkrämpfe; Aufstehen für eine sanfte Dehnung unterbricht es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular calf stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>tips.stretch-calf.text</extracomment>
        <translation>Regelmäßiges Dehnen der Waden kann helfen, Krämpfe zu verringern, auch wenn es sie vielleicht nicht ganz verhindert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>tips.stretch-intensity.text</extracomment>
        <translation>Dehnen Sie bis zu einem deutlichen, mäßigen Zug, nie bis zu einem stechenden Schmerz, und atmen Sie beim Halten weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most adults hold a stretch for 10 to 30 seconds; older adults may do better holding for 30 to 60 seconds.</source>
        <extracomment>tips.stretch-hold.text</extracomment>
        <translation>Die meisten Erwachsenen halten eine Dehnung 10 bis 30 Sekunden; älteren Menschen tut es vielleicht besser, 30 bis 60 Sekunden zu halten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day is the most effective.</source>
        <extracomment>tips.stretch-daily.text</extracomment>
        <translation>Dehnen an zwei oder drei Tagen pro Woche hilft der Beweglichkeit, und tägliches Dehnen wirkt am besten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long spells of sitting are named as a risk factor for cramps. A few minutes of walking breaks them up.</source>
        <extracomment>tips.move-sitting.text</extracomment>
        <translation>Lange Sitzphasen gelten als Risikofaktor für Krämpfe. Ein paar Minuten Gehen unterbrechen sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a large study, longer unbroken sitting was linked to higher health risks. Getting up at least every 30 minutes may help.</source>
        <extracomment>tips.move-thirty.text</extracomment>
        <translation>In einer großen Studie war längeres Sitzen ohne Unterbrechung mit höheren Gesundheitsrisiken verbunden. Mindestens alle 30 Minuten aufzustehen, kann helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a small study, five minutes of light walking every half hour lowered blood sugar spikes and blood pressure over a long sitting day.</source>
        <extracomment>tips.move-five-minutes.text</extracomment>
        <translation>In einer kleinen Studie senkten fünf Minuten leichtes Gehen jede halbe Stunde die Blutzuckerspitzen und den Blutdruck über einen langen Tag im Sitzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even a two-minute light walk every 20 minutes lowered blood sugar after meals in a lab study of adults aged 45 to 65.</source>
        <extracomment>tips.move-two-minutes.text</extracomment>
        <translation>Schon zwei Minuten leichtes Gehen alle 20 Minuten senkten in einer Laborstudie mit Erwachsenen von 45 bis 65 Jahren den Blutzucker nach dem Essen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing still for long periods has also been linked to night leg cramps, so walk around rather than just standing up.</source>
        <extracomment>tips.move-standing.text</extracomment>
        <translation>Langes Stillstehen wurde ebenfalls mit nächtlichen Beinkrämpfen in Verbindung gebracht. Gehen Sie also lieber umher, statt nur aufzustehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts suggest building up to two hours a day of standing and light activity at work, then working toward four.</source>
        <extracomment>tips.move-daily-goal.text</extracomment>
        <translation>Fachleute empfehlen, sich bei der Arbeit auf zwei Stunden am Tag Stehen und leichte Bewegung zu steigern und dann auf vier hinzuarbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeping sheets and blankets loose at the foot of the bed may help with night leg cramps.</source>
        <extracomment>tips.bedtime-loose-sheets.text</extracomment>
        <translation>Laken und Decken am Fußende des Bettes locker zu lassen, kann bei nächtlichen Beinkrämpfen helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your back? Propping your feet on pillows so your toes point up may help.</source>
        <extracomment>tips.bedtime-on-back.text</extracomment>
        <translation>Schlafen Sie auf dem Rücken? Die Füße mit Kissen so zu stützen, dass die Zehen nach oben zeigen, kann helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your front? Letting your feet hang over the end of the bed may help.</source>
        <extracomment>tips.bedtime-on-front.text</extracomment>
        <translation>Schlafen Sie auf dem Bauch? Die Füße über das Bettende hängen zu lassen, kann helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calf and hamstring stretches just before sleep may help reduce how often night cramps come and how much they hurt.</source>
        <extracomment>tips.bedtime-stretch.text</extracomment>
        <translation>Dehnungen für Waden und Oberschenkelrückseite kurz vor dem Schlafen können helfen, nächtliche Krämpfe seltener und weniger schmerzhaft zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of leg stretches or a stationary bike before bed may also help.</source>
        <extracomment>tips.bedtime-bike.text</extracomment>
        <translation>Ein paar Minuten Beindehnungen oder ein Heimtrainer (Fahrrad) vor dem Schlafengehen können ebenfalls helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom.</source>
        <extracomment>tips.bedtime-drinks.text</extracomment>
        <translation>In den letzten 2 Stunden vor dem Schlafengehen weniger zu trinken, kann helfen, nächtliche Toilettengänge zu verringern.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../spasm_desktop/application.py" line="+196"/>
        <source>Spasm Desktop</source>
        <translation>Spasm Desktop</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Your two-week log is complete</source>
        <translation>Ihr Zwei-Wochen-Protokoll ist fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of those 14 nights is ready in Your data.</source>
        <translation>Der Bericht dieser 14 Nächte liegt unter „Ihre Daten“ bereit.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="+24"/>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot and toes</source>
        <translation>Fuß und Zehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of thigh</source>
        <translation>Oberschenkel hinten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of thigh</source>
        <translation>Oberschenkel vorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand and fingers</source>
        <translation>Hand und Finger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many muscles / all over</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tight, a knot</source>
        <translation>verspannt, ein Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard or bulging</source>
        <translation>hart oder hervortretend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twitching</source>
        <translation>zuckend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulling</source>
        <translation>ziehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tingling or numb</source>
        <translation>kribbelnd oder taub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aching</source>
        <translation>schmerzend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>asleep (it woke me)</source>
        <translation>im Schlaf (hat mich geweckt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in bed, awake</source>
        <translation>im Bett, wach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>Sport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the heat</source>
        <translation>in der Hitze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pain reliever</source>
        <translation>ein Schmerzmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>swelling, redness or warmth of the leg</source>
        <translation>Schwellung, Rötung oder Wärme am Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <translation>Hautveränderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps elsewhere</source>
        <translation>Krämpfe an anderen Stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recent wound</source>
        <translation>eine frische Wunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with a chemical or poison</source>
        <translation>Kontakt mit einer Chemikalie oder einem Gift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thyroid disease</source>
        <translation>Schilddrüsenerkrankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidney disease</source>
        <translation>Nierenerkrankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver disease</source>
        <translation>Lebererkrankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart disease</source>
        <translation>Herzerkrankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular (circulation) disease</source>
        <translation>Gefäßerkrankung (Durchblutung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nerve damage (neuropathy)</source>
        <translation>Nervenschäden (Neuropathie)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do not stop or change any medicine on your own. If cramps started or worsened after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <translation>Setzen Sie kein Medikament eigenmächtig ab und ändern Sie keines selbst. Wenn Krämpfe nach einem neuen Medikament begonnen haben oder schlimmer geworden sind, bringen Sie Ihr Tagebuch und Ihre Medikamentenliste zu Ihrem Arzt oder in die Apotheke.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+140"/>
        <source>area not given</source>
        <translation>Bereich nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <comment>area, side</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+495"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (over 10 min)</source>
        <translation>%1 (über 10 Min.)</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/volumes.py" line="+30"/>
        <source> ml</source>
        <comment>suffix of a volume</comment>
        <translation> ml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> fl oz</source>
        <comment>suffix of a volume</comment>
        <translation> fl oz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needs vary with activity, climate and diet. As a guide, the NHS says 6 to 8 glasses a day; the US National Academies say about %1 from drinks for women and %2 for men.</source>
        <translation>Der Bedarf hängt von Bewegung, Klima und Ernährung ab. Als Richtwert nennt der britische NHS 6 bis 8 Gläser am Tag; die US National Academies nennen etwa %1 aus Getränken für Frauen und %2 für Männer.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Suggested daily goals</source>
        <translation>Vorgeschlagene Tagesziele</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>8 glasses (%1)</source>
        <translation>8 Gläser (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the NHS guide as my goal: 8 glasses, %1 a day</source>
        <translation>Den NHS-Richtwert als Ziel nehmen: 8 Gläser, %1 am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS: 6 to 8 glasses a day (8 glasses: %1)</source>
        <translation>NHS: 6 bis 8 Gläser am Tag (8 Gläser: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (women)</source>
        <translation>%1 (Frauen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for women as my goal: %1 a day</source>
        <translation>Den US-Richtwert für Frauen als Ziel nehmen: %1 am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, women: about %1 a day from drinks</source>
        <translation>US National Academies, Frauen: etwa %1 am Tag aus Getränken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (men)</source>
        <translation>%1 (Männer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for men as my goal: %1 a day</source>
        <translation>Den US-Richtwert für Männer als Ziel nehmen: %1 am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, men: about %1 a day from drinks</source>
        <translation>US National Academies, Männer: etwa %1 am Tag aus Getränken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 logged today. Your fluid limit: %2 a day.</source>
        <translation>Heute %1 eingetragen. Ihre Trinkmengengrenze: %2 am Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 today</source>
        <translation>%1 von %2 heute</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation>Sie haben die Grenze erreicht, die Ihr Arzt für heute festgelegt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation>Sie sind nahe an der Grenze, die Ihr Arzt für heute festgelegt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With a fluid limit, the app never asks you to drink and sets no goal. Log what you drink to see your total against your limit.</source>
        <translation>Mit einer Trinkmengengrenze fordert die App Sie nie zum Trinken auf und setzt kein Ziel. Tragen Sie ein, was Sie trinken, um Ihre Summe im Vergleich zu Ihrer Grenze zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has a doctor or nurse told you to limit how much you drink each day?</source>
        <translation>Hat Ihnen ein Arzt oder eine Pflegekraft gesagt, dass Sie Ihre tägliche Trinkmenge begrenzen sollen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With heart or kidney problems, drinking too much can be harmful. Many people with heart failure are told to keep to about 1.5 liters a day; advice differs from person to person. If you have a limit, tick the box and enter it.</source>
        <translation>Bei Herz- oder Nierenproblemen kann zu viel Trinken schaden. Vielen Menschen mit Herzschwäche wird geraten, bei etwa 1,5 Litern am Tag zu bleiben; der Rat ist von Mensch zu Mensch verschieden. Wenn Sie eine Grenze haben, kreuzen Sie das Kästchen an und tragen Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_geometry.py" line="+113"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+603"/>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+7"/>
        <source>Highlighted</source>
        <translation>Hervorgehoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="-518"/>
        <source>%1 (%2)</source>
        <comment>chart title, unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+475"/>
        <source>Chart: %1.</source>
        <translation>Diagramm: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data for this period.</source>
        <translation>Keine Daten für diesen Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s).</source>
        <translation>
            <numerusform>%n Wert.</numerusform>
            <numerusform>%n Werte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>%1: %2.</source>
        <comment>legend name, count</comment>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%n without data.</source>
        <translation>
            <numerusform>%n ohne Daten.</numerusform>
            <numerusform>%n ohne Daten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest: %1 (%2).</source>
        <translation>Höchster Wert: %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total: %1.</source>
        <translation>Gesamt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal reached for %1 of %2.</source>
        <translation>Ziel erreicht an %1 von %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; over it for %3 of %4.</source>
        <comment>ceiling name, value, count, of</comment>
        <translation>%1: %2; darüber an %3 von %4.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="-395"/>
        <source>relief panel</source>
        <translation>Hilfe bei Krämpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in</source>
        <translation>Kurzabfrage am Morgen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="+37"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+62"/>
        <source>%1 %2</source>
        <comment>weekday, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <location filename="../../spasm_desktop/ui/record/history.py" line="-224"/>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="+149"/>
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="-69"/>
        <location filename="../../spasm_desktop/ui/reminders/salvaged.py" line="+33"/>
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Saved %n night(s).</source>
        <translation>
            <numerusform>%n Nacht gespeichert.</numerusform>
            <numerusform>%n Nächte gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The %n night(s) are as they were.</source>
        <translation>
            <numerusform>Die %n Nacht ist wie vorher.</numerusform>
            <numerusform>Die %n Nächte sind wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="-131"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fl oz</source>
        <translation>fl oz</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+68"/>
        <location line="+27"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+291"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+118"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-37"/>
        <location line="+41"/>
        <location line="+35"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine</source>
        <translation>Abendübungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting breaks</source>
        <translation>Sitzpausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That night</source>
        <translation>Diese Nacht</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A warning sign was ticked for a cramp of this day.</source>
        <translation>Bei einem Krampf an diesem Tag wurde ein Warnzeichen angekreuzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cramp was logged that night and the morning check-in was not answered, so it is not known whether it was a night without cramps.</source>
        <translation>In dieser Nacht wurde kein Krampf eingetragen und die Kurzabfrage am Morgen nicht beantwortet. Es ist also nicht bekannt, ob es eine Nacht ohne Krämpfe war.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, worst %2</source>
        <translation>%1, stärkster %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, warning sign</source>
        <translation>%1, Warnzeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, over your limit</source>
        <translation>%1, über Ihrer Grenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+11"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-51"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, goal reached</source>
        <translation>%1, Ziel erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with cramps</source>
        <translation>mit Krämpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without cramps</source>
        <translation>ohne Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-225"/>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/history.py" line="-8"/>
        <source>over your fluid limit on %n day(s)</source>
        <translation>
            <numerusform>über Ihrer Trinkmengengrenze an %n Tag</numerusform>
            <numerusform>über Ihrer Trinkmengengrenze an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>water goal reached on %n day(s)</source>
        <translation>
            <numerusform>Wasserziel erreicht an %n Tag</numerusform>
            <numerusform>Wasserziel erreicht an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation type="vanished">
            <numerusform>an %n Tag</numerusform>
            <numerusform>an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <comment>cramps on days</comment>
        <translation>%1 an %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="vanished">
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <comment>the days of &apos;cramps on days&apos;</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bedtime routine done on %n night(s)</source>
        <translation>
            <numerusform>Abendübungen gemacht in %n Nacht</numerusform>
            <numerusform>Abendübungen gemacht in %n Nächten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Recorded nights with cramps: %1 of %n.</source>
        <translation>
            <numerusform>Eingetragene Nächte mit Krämpfen: %1 von %n.</numerusform>
            <numerusform>Eingetragene Nächte mit Krämpfen: %1 von %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nights not recorded (no cramp logged, morning check-in not answered): %n.</source>
        <translation>
            <numerusform>Nicht eingetragene Nächte (kein Krampf eingetragen, Kurzabfrage am Morgen nicht beantwortet): %n.</numerusform>
            <numerusform>Nicht eingetragene Nächte (kein Krampf eingetragen, Kurzabfrage am Morgen nicht beantwortet): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Nights not recorded, left out: %n.</source>
        <translation>
            <numerusform>Nicht eingetragene Nächte, weggelassen: %n.</numerusform>
            <numerusform>Nicht eingetragene Nächte, weggelassen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/medicine_dialog.py" line="+35"/>
        <source>Enter the medicine&apos;s name.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note can have at most %1 characters.</source>
        <translation>Die Notiz darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stop date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is in the future.</source>
        <translation>Das Anfangsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stop date is in the future: mark it stopped on the day you stop.</source>
        <translation>Das Enddatum liegt in der Zukunft: Markieren Sie es an dem Tag als abgesetzt, an dem Sie aufhören.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark a medicine stopped</source>
        <translation>Ein Medikament als abgesetzt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a medicine</source>
        <translation>Ein Medikament bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-182"/>
        <source>Add a medicine</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as on the pack, such as Simvastatin 20 mg</source>
        <translation>wie auf der Packung, etwa Simvastatin 20 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date started</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;known</source>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date not known</source>
        <translation>Anfangsdatum unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Begonnen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date stopped</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still takin&amp;g it</source>
        <translation>Nehme ich n&amp;och</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still taking it</source>
        <translation>Nehme ich noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;opped:</source>
        <translation>&amp;Abgesetzt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note, such as the dose or a dose change</source>
        <translation>Notiz, etwa die Dosis oder eine Änderung der Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose, or a change such as “dose doubled in May”</source>
        <translation>Dosis oder eine Änderung wie „Dosis im Mai verdoppelt“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Vor dem Speichern zu behebende Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the medicine</source>
        <translation>Das Medikament speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Abbrechen, ohne zu speichern</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+110"/>
        <location line="+3"/>
        <source>This entry has a problem.</source>
        <translation>Dieser Eintrag hat ein Problem.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-388"/>
        <source>Choose a month.</source>
        <translation>Wählen Sie einen Monat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a year from %1 on.</source>
        <translation>Wählen Sie ein Jahr ab %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That month has not come yet.</source>
        <translation>Dieser Monat ist noch nicht gekommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose conditions from the list.</source>
        <translation>Wählen Sie Erkrankungen aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other conditions can have at most %1 characters.</source>
        <translation>„Andere Erkrankungen“ darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+2"/>
        <location line="+39"/>
        <source>Health profile</source>
        <translation>Gesundheitsprofil</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Asked once, to help you and your clinician. Every answer is optional, is saved as you go and stays on this device unless you export it.</source>
        <translation>Wird einmal gefragt, um Ihnen und Ihrem Arzt zu helfen. Jede Antwort ist freiwillig, wird laufend gespeichert und bleibt auf diesem Gerät, außer Sie exportieren sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the health profile</source>
        <translation>Über das Gesundheitsprofil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the health profile</source>
        <translation>Das Gesundheitsprofil schließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>When did your cramps first start?</source>
        <translation>Wann haben Ihre Krämpfe zum ersten Mal begonnen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month cramps first started</source>
        <translation>Monat, in dem die Krämpfe begannen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year cramps first started</source>
        <translation>Jahr, in dem die Krämpfe begannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;don&apos;t know</source>
        <translation>&amp;Weiß ich nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know when my cramps started</source>
        <translation>Ich weiß nicht, wann meine Krämpfe begannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month and year:</source>
        <translation>&amp;Monat und Jahr:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the month</source>
        <translation>Problem mit dem Monat</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Conditions you choose to share</source>
        <translation>Erkrankungen, die Sie angeben möchten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition: %1</source>
        <translation>Erkrankung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-128"/>
        <source>Other conditions</source>
        <translation>Andere Erkrankungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in your own words</source>
        <translation>in Ihren eigenen Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other conditions:</source>
        <translation>Andere &amp;Erkrankungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with other conditions</source>
        <translation>Problem mit „Andere Erkrankungen“</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Fluid limit</source>
        <translation>Trinkmengengrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clinician set me a &amp;fluid limit</source>
        <translation>Vom Arzt begrenzte &amp;Trinkmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation>Vom Arzt begrenzte Trinkmenge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit per day</source>
        <translation>Trinkmengengrenze pro Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit &amp;per day:</source>
        <translation>Grenze &amp;pro Tag:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About fluid limits</source>
        <translation>Über Trinkmengengrenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you have a fluid limit?</source>
        <translation>Haben Sie eine Trinkmengengrenze?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why a fluid limit matters</source>
        <translation>Warum eine Trinkmengengrenze wichtig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water is log only</source>
        <translation>Wasser wird nur eingetragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About medicines</source>
        <translation>Über Medikamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medicines, by start date</source>
        <translation>Medikamente, nach Anfangsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+347"/>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No medicines listed yet.</source>
        <translation>Noch keine Medikamente eingetragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected medicine</source>
        <translation>Das ausgewählte Medikament bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;stopped…</source>
        <translation>Als &amp;abgesetzt markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected medicine stopped</source>
        <translation>Das ausgewählte Medikament als abgesetzt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected medicine</source>
        <translation>Das ausgewählte Medikament löschen</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>still taking</source>
        <translation>nehme ich noch</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Deleted %1 from your medicines.</source>
        <translation>%1 aus Ihren Medikamenten gelöscht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is back in your medicines.</source>
        <translation>%1 ist wieder in Ihren Medikamenten.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report.py" line="+84"/>
        <source>Spasm Desktop %1 · %2</source>
        <translation>Spasm Desktop %1 · %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key numbers</source>
        <translation>Wichtige Zahlen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+82"/>
        <source>Muscle cramp diary summary</source>
        <translation>Zusammenfassung des Muskelkrampf-Tagebuchs</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-102"/>
        <source>outside the legs</source>
        <translation>außerhalb der Beine</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-83"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/night_columns.py" line="+21"/>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many cramps</source>
        <translation>Wie viele Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst, 0 to 10</source>
        <translation>Schlimmster, 0 bis 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-200"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woke me</source>
        <translation>Hat mich geweckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (none)</source>
        <translation>0 (keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 or more</source>
        <translation>3 oder mehr</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+1"/>
        <source>Duration (min:s)</source>
        <translation>Dauer (Min:s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+160"/>
        <source>What helped</source>
        <translation>Was half</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (shortened)</source>
        <translation>Notizen (gekürzt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none shared</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a day</source>
        <translation>%1 am Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none set</source>
        <translation>keine festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps first started</source>
        <translation>Krämpfe begannen erstmals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions shared</source>
        <translation>Angegebene Erkrankungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit set by a clinician</source>
        <translation>Ärztlich festgelegte Trinkmengengrenze</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No medicines recorded.</source>
        <translation>Keine Medikamente eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile and medicines</source>
        <translation>Profil und Medikamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An episode belongs to the day it started on, in the person&apos;s time zone. A night is named by its evening and runs from noon to noon. A night cramp started between 20:00 and 08:00, or was marked as asleep, in bed or woke me.</source>
        <translation>Ein Krampf gehört zu dem Tag, an dem er begann, in der Zeitzone der Person. Eine Nacht ist nach ihrem Abend benannt und geht von Mittag bis Mittag. Ein nächtlicher Krampf begann zwischen 20:00 und 08:00 oder wurde als „im Schlaf“, „im Bett“ oder „hat mich geweckt“ markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Durations, severity (0 = no pain, 10 = worst imaginable), sleep disturbance and next-day soreness (0–10) are the person&apos;s own estimates. Medians and means use the entries where a value was given.</source>
        <translation>Dauer, Schmerzstärke (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz), Schlafstörung und Muskelkater am nächsten Tag (0–10) sind Schätzungen der Person selbst. Mediane und Mittelwerte verwenden die Einträge, bei denen ein Wert angegeben wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A night counts as recorded when a cramp was logged in it, the morning check-in was answered for it, or the bedtime routine was done and the morning answered. Nights with a cramp and nights woken are counted over the recorded nights; cramps per week over the recorded days (a recorded night, or a cramp logged that day). Unrecorded nights are not counted as nights without cramps.</source>
        <translation>Eine Nacht gilt als eingetragen, wenn in ihr ein Krampf eingetragen wurde, die Kurzabfrage am Morgen für sie beantwortet wurde oder die Abendübungen gemacht und die Frage am Morgen beantwortet wurden. Nächte mit Krampf und Nächte mit Aufwachen werden auf die eingetragenen Nächte bezogen, Krämpfe pro Woche auf die eingetragenen Tage (eine eingetragene Nacht oder ein an diesem Tag eingetragener Krampf). Nicht eingetragene Nächte zählen nicht als Nächte ohne Krämpfe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trend compares the first and the last two weeks of periods of 28 days or more, else the two halves. Medicine changes show the cramps recorded in the 14 days before and from the day of the change; fewer days are counted near the start of the record or today.</source>
        <translation>Der Verlauf vergleicht bei Zeiträumen von 28 Tagen oder mehr die ersten und die letzten zwei Wochen, sonst die beiden Hälften. Bei Medikamentenänderungen werden die Krämpfe in den 14 Tagen davor und ab dem Tag der Änderung gezeigt; nahe dem Beginn der Aufzeichnungen oder nahe heute werden weniger Tage gezählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red-flag entries are episodes with a warning sign ticked, and episodes in sites other than the legs and feet (hand, arm, neck, back, belly, chest, all over). Each warning is listed with the heading of its tier in the app&apos;s list of warning signs.</source>
        <translation>Einträge mit Warnzeichen sind Krämpfe, bei denen ein Warnzeichen angekreuzt wurde, und Krämpfe an anderen Stellen als Beinen und Füßen (Hand, Arm, Nacken, Rücken, Bauch, Brust, ganzer Körper). Jedes Warnzeichen wird mit der Überschrift seiner Stufe aus der Liste der Warnzeichen der App aufgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About these figures</source>
        <translation>Zu diesen Zahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramps are usually harmless, but they can sometimes be a sign of another health problem. The app cannot tell the difference.</source>
        <translation>Muskelkrämpfe sind meist harmlos, können aber manchmal ein Zeichen für ein anderes Gesundheitsproblem sein. Die App kann den Unterschied nicht erkennen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information about medicines is for discussion with your doctor or pharmacist. Never start, stop or change a medicine because of this app.</source>
        <translation>Informationen zu Medikamenten dienen dem Gespräch mit Ihrem Arzt oder Ihrer Apotheke. Beginnen, beenden oder ändern Sie nie ein Medikament wegen dieser App.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When to get help</source>
        <translation>Wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1</source>
        <comment>a week, by its first day</comment>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation>Eingetragene Nächte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean pain (0–10)</source>
        <translation>Mittlerer Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps × mean pain</source>
        <translation>Krämpfe × mittlerer Schmerz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps × mean pain sums up what was recorded in each week; it is not a validated score. A week whose nights were not recorded shows —, not 0.</source>
        <translation>„Krämpfe × mittlerer Schmerz“ fasst zusammen, was in jeder Woche eingetragen wurde; es ist kein geprüfter Wert. Eine Woche, deren Nächte nicht eingetragen wurden, zeigt —, nicht 0.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Red-flag entries (%1)</source>
        <translation>Einträge mit Warnzeichen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-262"/>
        <source>Red-flag entries</source>
        <translation>Einträge mit Warnzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entry in this period had a warning sign ticked or was outside the legs.</source>
        <translation>Kein Eintrag in diesem Zeitraum hatte ein angekreuztes Warnzeichen oder lag außerhalb der Beine.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All medicine changes in this period</source>
        <translation>Alle Medikamentenänderungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions for the provider</source>
        <translation>Fragen an die Arztpraxis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the provider may ask</source>
        <translation>Was die Arztpraxis fragen könnte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes for the appointment</source>
        <translation>Notizen für den Termin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All cramp episodes (%1)</source>
        <translation>Alle Krämpfe (%1)</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-63"/>
        <source>%1 cramps per affected night</source>
        <translation>%1 Krämpfe pro betroffener Nacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cramp at night</source>
        <translation>kein Krampf in der Nacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest %1</source>
        <translation>längster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no duration recorded</source>
        <translation>keine Dauer eingetragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst %1 · %2 rated</source>
        <translation>stärkster %1 · %2 bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <location line="-392"/>
        <source>mean of %Ln score(s)</source>
        <translation>
            <numerusform>Mittelwert aus %Ln Bewertung</numerusform>
            <numerusform>Mittelwert aus %Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps recorded</source>
        <translation>Eingetragene Krämpfe</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation type="vanished">%1 pro Woche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with a cramp</source>
        <translation>Nächte mit Krampf</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>recorded; %Ln not recorded</source>
        <translation>
            <numerusform>eingetragen; %Ln nicht eingetragen</numerusform>
            <numerusform>eingetragen; %Ln nicht eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration, median</source>
        <translation>Dauer, Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 10 minutes</source>
        <translation>Über 10 Minuten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln with a duration</source>
        <translation>
            <numerusform>von %Ln mit Dauer</numerusform>
            <numerusform>von %Ln mit Dauer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain, median</source>
        <translation>Schmerz, Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken</source>
        <translation>Nachts geweckt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln recorded night(s)</source>
        <translation>
            <numerusform>von %Ln eingetragenen Nacht</numerusform>
            <numerusform>von %Ln eingetragenen Nächten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep disturbance (0–10)</source>
        <translation>Schlafstörung (0–10)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listed on page 2</source>
        <translation>auf Seite 2 aufgeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none in this period</source>
        <translation>keine in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Medicine started or stopped</source>
        <translation>Medikament begonnen oder abgesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps per day</source>
        <translation>Krämpfe pro Tag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramps per month</source>
        <translation>Krämpfe pro Monat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps per week (weeks from Monday)</source>
        <translation>Krämpfe pro Woche (Wochen ab Montag)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time of day (hours)</source>
        <translation>Tageszeit (Stunden)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln other area(s) and side(s)</source>
        <translation>
            <numerusform>%Ln anderer Bereich bzw. andere Seite</numerusform>
            <numerusform>%Ln andere Bereiche und Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At night (20:00–08:00, or asleep or in bed)</source>
        <translation>Nachts (20:00–08:00, oder im Schlaf oder im Bett)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During the day</source>
        <translation>Tagsüber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At rest (asleep, in bed or sitting)</source>
        <translation>In Ruhe (im Schlaf, im Bett oder im Sitzen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During or after exercise</source>
        <translation>Beim Sport oder danach</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What they were doing</source>
        <translation>Was die Person gerade tat</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+116"/>
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln weiterer</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="-111"/>
        <source>When and doing what</source>
        <translation>Wann und bei welcher Tätigkeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The period is too short to compare.</source>
        <translation>Der Zeitraum ist zu kurz für einen Vergleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First 2 weeks</source>
        <translation>Erste 2 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First half</source>
        <translation>Erste Hälfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second half</source>
        <translation>Zweite Hälfte</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation type="vanished">Krämpfe pro Woche</translation>
    </message>
    <message numerus="yes">
        <location line="-205"/>
        <source>%1 per week over %Ln recorded day(s)</source>
        <translation>
            <numerusform>%1 pro Woche bei %Ln eingetragenem Tag</numerusform>
            <numerusform>%1 pro Woche bei %Ln eingetragenen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing recorded</source>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Recorded days</source>
        <translation>Eingetragene Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week of recorded days</source>
        <translation>Krämpfe pro Woche, bezogen auf eingetragene Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median pain</source>
        <translation>Schmerz, Median</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Days over the current fluid limit</source>
        <translation>Tage über der aktuellen Trinkmengengrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>on %1 days</source>
        <translation>an %1 Tagen</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+2"/>
        <source>Water goal reached</source>
        <translation>Wasserziel erreicht</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no daily goal set</source>
        <translation>kein Tagesziel festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1 days with a goal</source>
        <translation>an %1 Tagen mit Ziel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime routine done</source>
        <translation>Abendübungen gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nights (%2)</source>
        <translation>%1 Nächte (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drinks logged</source>
        <translation>Eingetragene Getränke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breaks from sitting</source>
        <translation>Pausen vom Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (on %2)</source>
        <translation>%1 (verteilt auf %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+20"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median time to relief</source>
        <translation>Zeit bis zur Linderung, Median</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No relief method was recorded.</source>
        <translation>Es wurde keine Methode der Linderung eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Selbsthilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (in %2)</source>
        <translation>%1 (%2 gezählt)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days before</source>
        <translation>Krämpfe in den 14 Tagen davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days from the change</source>
        <translation>Krämpfe in den 14 Tagen ab der Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln more change(s) in the appendix.</source>
        <translation>
            <numerusform>%Ln weitere Änderung im Anhang.</numerusform>
            <numerusform>%Ln weitere Änderungen im Anhang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No medicine was started or stopped in this period.</source>
        <translation>In diesem Zeitraum wurde kein Medikament begonnen oder abgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medicines started or stopped (cramps counted, no interpretation)</source>
        <translation>Begonnene oder abgesetzte Medikamente (Krämpfe gezählt, ohne Deutung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>median %1, worst %2 (%3 rated)</source>
        <translation>Median %1, stärkster %2 (%3 bewertet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 woken; mean score %2</source>
        <translation>geweckt: %1; mittlere Bewertung %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln night(s)</source>
        <translation>
            <numerusform>%Ln Nacht</numerusform>
            <numerusform>%Ln Nächte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intense pain (0–10)</source>
        <translation>Starker Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 minutes or less</source>
        <translation>10 Minuten oder kürzer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln with a duration</source>
        <translation>
            <numerusform>%1 von %Ln mit Dauer</numerusform>
            <numerusform>%1 von %Ln mit Dauer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the calf or foot</source>
        <translation>In Wade oder Fuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore the next day</source>
        <translation>Schmerzen am nächsten Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disruption</source>
        <translation>Schlafstörung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features of typical night leg cramps, as recorded (data only)</source>
        <translation>Merkmale typischer nächtlicher Beinkrämpfe, wie eingetragen (nur Daten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated %1 %2 by Spasm Desktop %3</source>
        <translation>Erstellt am %1 %2 von Spasm Desktop %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This app offers general wellness information and reminders. It is not medical advice and does not diagnose, treat or cure any condition. Figures are counts of what the person recorded; they do not show causes.</source>
        <translation>Diese App bietet allgemeine Informationen und Erinnerungen für das Wohlbefinden. Sie ist kein ärztlicher Rat und stellt keine Diagnose, behandelt oder heilt keine Erkrankung. Die Zahlen zählen, was die Person eingetragen hat; sie zeigen keine Ursachen.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-25"/>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – %2 (%3)</source>
        <comment>period</comment>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <comment>dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="vanished">%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="vanished">%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient-reported data; not validated; not a diagnosis.</source>
        <translation>Von der Person selbst angegebene Daten; nicht geprüft; keine Diagnose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cramps were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cramp area: %1</source>
        <translation>Krampfbereich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more cramps since a new medicine</source>
        <translation>mehr Krämpfe seit einem neuen Medikament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps on most nights</source>
        <translation>Krämpfe in den meisten Nächten</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_windows.py" line="+168"/>
        <source>Learn</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Learn page could not be loaded.</source>
        <translation>Die Wissensseite konnte nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="-51"/>
        <source>Already in your diary for this night: %n cramp(s). Count only any others.</source>
        <translation>
            <numerusform>Für diese Nacht schon in Ihrem Tagebuch: %n Krampf. Zählen Sie nur weitere.</numerusform>
            <numerusform>Für diese Nacht schon in Ihrem Tagebuch: %n Krämpfe. Zählen Sie nur weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/held_notice.py" line="+16"/>
        <source>Spasm Desktop could not save %n record(s) before quitting, because the records database can&apos;t be written to right now.</source>
        <translation>
            <numerusform>Spasm Desktop konnte %n Eintrag vor dem Beenden nicht speichern, weil die Datenbank der Aufzeichnungen gerade nicht beschrieben werden kann.</numerusform>
            <numerusform>Spasm Desktop konnte %n Einträge vor dem Beenden nicht speichern, weil die Datenbank der Aufzeichnungen gerade nicht beschrieben werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is lost: they are kept in the file %1 and will be added to your records the next time Spasm Desktop starts. Please leave that file where it is.</source>
        <translation>Nichts geht verloren: Sie werden in der Datei %1 aufbewahrt und beim nächsten Start von Spasm Desktop zu Ihren Aufzeichnungen hinzugefügt. Bitte lassen Sie diese Datei, wo sie ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some records are kept for later</source>
        <translation>Einige Einträge werden für später aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Spasm Desktop could not save %n record(s) before quitting: neither the records database nor any folder for a recovery file can be written to, so they are lost.</source>
        <translation>
            <numerusform>Spasm Desktop konnte %n Eintrag vor dem Beenden nicht speichern: Weder die Datenbank der Aufzeichnungen noch ein Ordner für eine Wiederherstellungsdatei kann beschrieben werden, daher ist er verloren.</numerusform>
            <numerusform>Spasm Desktop konnte %n Einträge vor dem Beenden nicht speichern: Weder die Datenbank der Aufzeichnungen noch ein Ordner für eine Wiederherstellungsdatei kann beschrieben werden, daher sind sie verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the disk is not full or read-only before you start Spasm Desktop again.</source>
        <translation>Prüfen Sie, ob die Festplatte voll oder schreibgeschützt ist, bevor Sie Spasm Desktop wieder starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some records could not be saved</source>
        <translation>Einige Einträge konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="-380"/>
        <source>I &amp;drank a glass</source>
        <translation>Ich habe ein Glas &amp;getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show me</source>
        <translation>&amp;Zeig es mir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done, I moved</source>
        <translation>&amp;Erledigt, ich habe mich bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;routine</source>
        <translation>Übungsfolge s&amp;tarten</translation>
    </message>
    <message>
        <location line="+399"/>
        <source>Cramp now? Choose “Cramp now” in the tray menu. When to see a doctor: “Learn about cramps”.</source>
        <translation>Krampf jetzt? Wählen Sie „Krampf jetzt“ im Menü des Infobereichs. Wann Sie zum Arzt gehen sollten: „Wissen über Krämpfe“.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/reminder_presenter.py" line="+174"/>
        <source>Reminders: %1</source>
        <translation>Erinnerungen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sample reminder</source>
        <translation>Beispielerinnerung</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Snooze all %n minutes</source>
        <translation>
            <numerusform>Alle %n Minute später</numerusform>
            <numerusform>Alle %n Minuten später</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip all</source>
        <translation>Alle überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I drank a glass</source>
        <translation>Ich habe ein Glas getrunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, I moved</source>
        <translation>Erledigt, ich habe mich bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start routine</source>
        <translation>Übungsfolge starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip tonight</source>
        <translation>Heute Abend überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Snooze %n minutes</source>
        <translation>
            <numerusform>%n Minute später</numerusform>
            <numerusform>%n Minuten später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/salvaged.py" line="-1"/>
        <source>%n drink(s)</source>
        <translation>
            <numerusform>%n Getränk</numerusform>
            <numerusform>%n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) from sitting</source>
        <translation>
            <numerusform>%n Pause vom Sitzen</numerusform>
            <numerusform>%n Pausen vom Sitzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stretch routine(s)</source>
        <translation>
            <numerusform>%n Dehn-Übungsfolge</numerusform>
            <numerusform>%n Dehn-Übungsfolgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n Medikament</numerusform>
            <numerusform>%n Medikamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n health profile answer(s)</source>
        <translation>
            <numerusform>%n Antwort im Gesundheitsprofil</numerusform>
            <numerusform>%n Antworten im Gesundheitsprofil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) of water goals</source>
        <translation>
            <numerusform>%n Tag mit Wasserziel</numerusform>
            <numerusform>%n Tage mit Wasserzielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n morning check-in answer(s)</source>
        <translation>
            <numerusform>%n Antwort auf die Kurzabfrage am Morgen</numerusform>
            <numerusform>%n Antworten auf die Kurzabfrage am Morgen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation>Pausen vom Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation>Dehn-Übungsfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation>Gesundheitsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation>Wasserziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation>Antworten auf die Kurzabfrage am Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation>Zeitgeber der Erinnerungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your record was damaged (the file on the disk could not be read in full), so Spasm Desktop made a new one from everything that could still be read.</source>
        <translation>Ihre Aufzeichnungen waren beschädigt (die Datei auf der Festplatte konnte nicht vollständig gelesen werden). Deshalb hat Spasm Desktop eine neue Datei aus allem erstellt, was noch lesbar war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered: %1.</source>
        <translation>Gerettet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Aus der beschädigten Datei konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries could not be read: %1.</source>
        <translation>Einige Einträge konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A daily backup can bring back what is missing: My record → Your data → Restore adds only what is not already here.</source>
        <translation>Eine tägliche Sicherung kann zurückholen, was fehlt: „Meine Aufzeichnungen“ → „Ihre Daten“ → „Wiederherstellen“ fügt nur hinzu, was noch nicht da ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything could be read; nothing was lost.</source>
        <translation>Alles konnte gelesen werden; nichts ging verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged file is kept, unchanged, at %1.</source>
        <translation>Die beschädigte Datei wird unverändert aufbewahrt unter %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your record was repaired</source>
        <translation>Ihre Aufzeichnungen wurden repariert</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/status_view.py" line="+138"/>
        <source>Your settings file could not be read, so the defaults are used. </source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden, daher werden die Standardwerte verwendet. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were invalid and were reset: %1. </source>
        <translation>Einige Einstellungen waren ungültig und wurden zurückgesetzt: %1. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old file was kept as %1.</source>
        <translation>Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Records problem</source>
        <translation>Problem mit den Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You have no daily water goal, so your reminders keep coming as usual.</source>
        <translation>Sie haben kein tägliches Wasserziel, daher kommen Ihre Erinnerungen wie gewohnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s water goal is %1.</source>
        <translation>Das heutige Wasserziel ist %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hot day or workout day</source>
        <translation>Heißer Tag oder Sporttag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small, frequent sips work better than large drinks, and it is best not to exercise in extreme heat.</source>
        <translation>Kleine, häufige Schlucke sind besser als große Getränke, und bei extremer Hitze treiben Sie am besten keinen Sport.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spasm Desktop can&apos;t write to its data folder, %1: it is read-only, belongs to someone else or was removed. Your reminders keep running, and what you log is kept in memory until it can be saved (on Quit, in a file that the next start adds). To fix it, make that folder yours and writable again, or check the disk.</source>
        <translation>Spasm Desktop kann nicht in seinen Datenordner %1 schreiben: Er ist schreibgeschützt, gehört jemand anderem oder wurde entfernt. Ihre Erinnerungen laufen weiter, und was Sie eintragen, wird im Speicher behalten, bis es gespeichert werden kann (beim Beenden in einer Datei, die der nächste Start hinzufügt). Um das zu beheben, machen Sie den Ordner wieder zu Ihrem und beschreibbar, oder prüfen Sie die Festplatte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your records can&apos;t be saved right now (%1). Reminders keep running, and what you log is kept in memory and saved as soon as the database is writable again.</source>
        <translation>Ihre Aufzeichnungen können gerade nicht gespeichert werden (%1). Erinnerungen laufen weiter, und was Sie eintragen, wird im Speicher behalten und gespeichert, sobald die Datenbank wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your records file is damaged (%1) and could not be repaired, so it was left unchanged. Reminders keep running, but what you log now is kept only while the app runs. Make sure the data folder has free space and can be written to, then start Spasm Desktop again.</source>
        <translation>Ihre Datei mit den Aufzeichnungen ist beschädigt (%1) und konnte nicht repariert werden, daher wurde sie nicht verändert. Erinnerungen laufen weiter, aber was Sie jetzt eintragen, bleibt nur erhalten, solange die App läuft. Sorgen Sie dafür, dass der Datenordner freien Platz hat und beschreibbar ist, und starten Sie Spasm Desktop dann neu.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No system tray was found, so Spasm Desktop lives in this window. Closing it keeps reminders running; start Spasm Desktop again to bring it back.</source>
        <translation>Es wurde kein Infobereich gefunden, daher lebt Spasm Desktop in diesem Fenster. Wenn Sie es schließen, laufen die Erinnerungen weiter; starten Sie Spasm Desktop erneut, um es zurückzuholen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="-210"/>
        <source>%n reminder(s) will come when you are free</source>
        <translation>
            <numerusform>%n Erinnerung kommt, wenn Sie frei sind</numerusform>
            <numerusform>%n Erinnerungen kommen, wenn Sie frei sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+29"/>
        <source>This step lasts %n second(s)</source>
        <translation>
            <numerusform>Dieser Schritt dauert %n Sekunde</numerusform>
            <numerusform>Dieser Schritt dauert %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_launcher.py" line="+81"/>
        <source>Routine files not loaded</source>
        <translation>Dateien von Übungsfolgen nicht geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These routine files could not be used: %1. Everything else works; &apos;spasm-desktop routine list&apos; shows what is wrong in each.</source>
        <translation>Diese Dateien von Übungsfolgen konnten nicht verwendet werden: %1. Alles andere funktioniert; &apos;spasm-desktop routine list&apos; zeigt, was in jeder falsch ist.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No routine</source>
        <translation>Keine Übungsfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine %1 could not be loaded.</source>
        <translation>Die Übungsfolge %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A new, empty routine</source>
        <translation>Eine neue, leere Übungsfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy of: %1</source>
        <translation>Kopie von: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make or change a routine</source>
        <translation>Übungsfolge erstellen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not available on this computer</source>
        <translation>auf diesem Computer nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this computer (install speech-dispatcher or espeak-ng)</source>
        <translation>auf diesem Computer nicht verfügbar (installieren Sie speech-dispatcher oder espeak-ng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound: %1. Speech: %2.</source>
        <translation>Ton: %1. Sprache: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="-24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_parts.py" line="+63"/>
        <source> min</source>
        <comment>suffix of a number of minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/setup/setup_windows.py" line="+135"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation>Spasm Desktop zeigt die neue Sprache beim nächsten Start. Um sie gleich zu sehen, beenden Sie Spasm Desktop über das Menü im Infobereich und starten Sie es neu.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/add_nights.py" line="-185"/>
        <source>%1: %2</source>
        <comment>night, column</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%n night(s) shown.</source>
        <translation>
            <numerusform>%n Nacht angezeigt.</numerusform>
            <numerusform>%n Nächte angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n night(s) shown: the latest nights that are over, two months at most.</source>
        <translation>
            <numerusform>%n Nacht angezeigt: die letzten vergangenen Nächte, höchstens zwei Monate.</numerusform>
            <numerusform>%n Nächte angezeigt: die letzten vergangenen Nächte, höchstens zwei Monate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n in your diary</source>
        <translation>
            <numerusform>%n im Tagebuch</numerusform>
            <numerusform>%n im Tagebuch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/bedside_sheet.py" line="+56"/>
        <source>In the night or in the morning, write one row. How many cramps: circle 0 for none, or 1, 2, 3 or more. Worst: write 0 (no pain) to 10 (worst pain). Where: %1. Tick “woke me” if they woke you, or “not sure”.</source>
        <translation>Schreiben Sie in der Nacht oder am Morgen eine Zeile. Wie viele Krämpfe: Kreisen Sie 0 für keine ein, oder 1, 2, 3 oder mehr. Schlimmster: Schreiben Sie 0 (kein Schmerz) bis 10 (stärkster Schmerz). Wo: %1. Kreuzen Sie „hat mich geweckt“ an, wenn die Krämpfe Sie geweckt haben, oder „nicht sicher“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My nights: a bedside sheet</source>
        <translation>Meine Nächte: ein Blatt für den Nachttisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop: type these rows in with “Add nights” in the diary</source>
        <translation>Spasm Desktop: Tragen Sie diese Zeilen im Tagebuch mit „Nächte hinzufügen“ ein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="-142"/>
        <source>%Ln cramp episode(s)</source>
        <translation>
            <numerusform>%Ln Krampf</numerusform>
            <numerusform>%Ln Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln drink(s)</source>
        <translation>
            <numerusform>%Ln Getränk</numerusform>
            <numerusform>%Ln Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln guided routine(s)</source>
        <translation>
            <numerusform>%Ln geführte Übungsfolge</numerusform>
            <numerusform>%Ln geführte Übungsfolgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln break(s) from sitting</source>
        <translation>
            <numerusform>%Ln Pause vom Sitzen</numerusform>
            <numerusform>%Ln Pausen vom Sitzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln reminder record(s)</source>
        <translation>
            <numerusform>%Ln Erinnerungseintrag</numerusform>
            <numerusform>%Ln Erinnerungseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln medicine(s)</source>
        <translation>
            <numerusform>%Ln Medikament</numerusform>
            <numerusform>%Ln Medikamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln health profile answer(s)</source>
        <translation>
            <numerusform>%Ln Antwort im Gesundheitsprofil</numerusform>
            <numerusform>%Ln Antworten im Gesundheitsprofil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the water goal of %Ln day(s)</source>
        <translation>
            <numerusform>das Wasserziel von %Ln Tag</numerusform>
            <numerusform>das Wasserziel von %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of “%1”</source>
        <translation>
            <numerusform>%Ln Eintrag von „%1“</numerusform>
            <numerusform>%Ln Einträge von „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>…and %Ln more problem(s).</source>
        <translation>
            <numerusform>…und %Ln weiteres Problem.</numerusform>
            <numerusform>…und %Ln weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="-8"/>
        <source>Your record began %n night(s) ago (%1 recorded), so a report cannot show two weeks yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation>
            <numerusform>Ihre Aufzeichnungen begannen vor %n Nacht (%1 eingetragen), ein Bericht kann also noch keine zwei Wochen zeigen. Haben Sie bald einen Arzttermin? Ein Zwei-Wochen-Protokoll gibt dem Bericht 14 eingetragene Nächte.</numerusform>
            <numerusform>Ihre Aufzeichnungen begannen vor %n Nächten (%1 eingetragen), ein Bericht kann also noch keine zwei Wochen zeigen. Haben Sie bald einen Arzttermin? Ein Zwei-Wochen-Protokoll gibt dem Bericht 14 eingetragene Nächte.</numerusform>
        </translation>
    </message>
</context>
</TS>
