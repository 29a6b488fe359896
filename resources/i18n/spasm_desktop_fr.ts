<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../spasm_desktop/ui/common/text.py" line="+57"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bouger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time for a glass of water</source>
        <translation>C&apos;est l&apos;heure d&apos;un verre d&apos;eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a short stretch</source>
        <translation>C&apos;est l&apos;heure d&apos;un petit étirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to get up and move</source>
        <translation>C&apos;est l&apos;heure de vous lever et de bouger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime stretches</source>
        <translation>Étirements du coucher</translation>
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
        <translation>demain %1</translation>
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
        <translation>Aujourd&apos;hui, vous avez noté %1 jusqu&apos;ici. La limite fixée par votre soignant est de %2 par jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A glass of %1 now. So far today: %2.</source>
        <translation>Un verre de %1 maintenant. Aujourd&apos;hui jusqu&apos;ici&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A glass of %1 now. So far today: %2 of %3.</source>
        <translation>Un verre de %1 maintenant. Aujourd&apos;hui jusqu&apos;ici&#xa0;: %2 sur %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two minutes of gentle desk stretches for your legs and neck.</source>
        <translation>Deux minutes d&apos;étirements doux au bureau pour les jambes et le cou.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You have been sitting for %n minutes. Stand up and walk for 2 to 5 minutes.</source>
        <translation>
            <numerusform>Vous êtes assis depuis %n minute. Levez-vous et marchez 2 à 5 minutes.</numerusform>
            <numerusform>Vous êtes assis depuis %n minutes. Levez-vous et marchez 2 à 5 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standing is hard? Circle your ankles in your chair instead.</source>
        <translation>Difficile de vous lever&#xa0;? Faites plutôt des cercles avec les chevilles sur votre chaise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedtime is at %1. Calf and hamstring stretches before sleep may help reduce night cramps for some people.</source>
        <translation>Le coucher est à %1. Des étirements des mollets et des ischio-jambiers avant de dormir peuvent aider certaines personnes à réduire les crampes nocturnes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For %1 seconds.</source>
        <translation>Pendant %1 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold %1 seconds, relax %2 seconds, %3 times.</source>
        <translation>Tenez %1 secondes, relâchez %2 secondes, %3 fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold %1 seconds, %2 times.</source>
        <translation>Tenez %1 secondes, %2 fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold %1 seconds.</source>
        <translation>Tenez %1 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each leg.</source>
        <translation>Chaque jambe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each foot.</source>
        <translation>Chaque pied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each hand.</source>
        <translation>Chaque main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side.</source>
        <translation>Chaque côté.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stretch gently. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <translation>Étirez-vous en douceur. Arrêtez si vous ressentez une douleur vive, des vertiges, un engourdissement ou des fourmillements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent surgery, a joint replacement or a new injury? Check with your clinician before stretching.</source>
        <translation>Opération récente, prothèse articulaire ou blessure récente&#xa0;? Demandez l&apos;avis de votre soignant avant de vous étirer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnant? Check with your midwife or doctor before starting new stretches. The research on stretching for night cramps did not include pregnant people.</source>
        <translation>Enceinte&#xa0;? Demandez l&apos;avis de votre sage-femme ou de votre médecin avant de commencer de nouveaux étirements. Les études sur les étirements contre les crampes nocturnes n&apos;ont pas inclus de personnes enceintes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsteady on your feet? Hold on to something fixed, such as a wall, a bed frame or a heavy table, never a chair on wheels. Or do the stretches seated.</source>
        <translation>Pas très stable sur vos jambes&#xa0;? Tenez-vous à quelque chose de fixe, comme un mur, un cadre de lit ou une table lourde, jamais à une chaise à roulettes. Ou faites les étirements assis.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fluid needs vary. If a clinician told you to limit fluids (for example for heart, kidney or liver conditions, or with water pills), follow their advice and enter your limit. The limit is a ceiling, not a goal. Drinking too much water can be harmful.</source>
        <translation>Les besoins en liquides varient. Si un soignant vous a dit de limiter les liquides (par exemple pour une maladie du cœur, des reins ou du foie, ou avec des diurétiques), suivez ses conseils et indiquez votre limite. La limite est un plafond, pas un objectif. Boire trop d&apos;eau peut être dangereux.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>General wellness reminders, not medical advice.</source>
        <translation>Rappels de bien-être général, pas un avis médical.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call your local emergency number for unbearable pain, cramps all over the body, chest pain or trouble breathing.</source>
        <translation>Appelez votre numéro d&apos;urgence local en cas de douleur insupportable, de crampes dans tout le corps, de douleur à la poitrine ou de difficulté à respirer.</translation>
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
        <translation>Appelez votre numéro d&apos;urgence local maintenant en cas de&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full list of warning signs could not be loaded.</source>
        <translation>La liste complète des signes d&apos;alerte n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency: call your local emergency number or go to the emergency room now</source>
        <translation>Urgence&#xa0;: appelez votre numéro d&apos;urgence local ou allez aux urgences maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get medical advice today</source>
        <translation>Demandez un avis médical aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk to your provider soon</source>
        <translation>Parlez-en bientôt à votre médecin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention at your next visit</source>
        <translation>À signaler au prochain rendez-vous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your doctor, urgent care or a nurse line, the same day.</source>
        <translation>Votre médecin, un centre de soins non programmés ou une ligne infirmière, le jour même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book an appointment.</source>
        <translation>Prenez rendez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your diary.</source>
        <translation>Apportez votre journal.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>shown</source>
        <translation>affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed while paused</source>
        <translation>manqué pendant la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back while busy</source>
        <translation>retenu pendant que vous étiez occupé</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Away from the computer (sitting timer paused at %1)</source>
        <translation>Loin de l&apos;ordinateur (minuteur de position assise en pause à %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a break from sitting</source>
        <translation>En pause, pas assis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Assis depuis %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The app notices how long the keyboard and mouse have been idle: being away for a while counts as a break.</source>
        <translation>L&apos;application remarque depuis combien de temps le clavier et la souris sont inactifs&#xa0;: une absence d&apos;un moment compte comme une pause.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation>Ce bureau n&apos;indique pas à l&apos;application quand vous êtes absent&#xa0;: le rappel pour bouger compte donc le temps écoulé depuis votre dernière pause, et non le temps passé à l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move reminder counts clock time (away time not detected)</source>
        <translation>Le rappel pour bouger compte le temps écoulé (absences non détectées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is running</source>
        <translation>%1 est en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a meeting app</source>
        <translation>une application de réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system&apos;s do-not-disturb is on</source>
        <translation>le mode ne pas déranger du système est activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a full-screen window is in front</source>
        <translation>une fenêtre en plein écran est au premier plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not disturb is on</source>
        <translation>le mode ne pas déranger est activé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Get ready</source>
        <translation>En place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep moving</source>
        <translation>Continuez à bouger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to your left leg</source>
        <translation>Passez à la jambe gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right leg</source>
        <translation>Passez à la jambe droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left foot</source>
        <translation>Passez au pied gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right foot</source>
        <translation>Passez au pied droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left hand</source>
        <translation>Passez à la main gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right hand</source>
        <translation>Passez à la main droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left side</source>
        <translation>Passez au côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right side</source>
        <translation>Passez au côté droit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repetition %1 of %2</source>
        <translation>Répétition %1 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep sheets and blankets loose at the foot of the bed.</source>
        <translation>Laissez les draps et couvertures lâches au pied du lit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your back? Prop your feet with a pillow so your toes point up.</source>
        <translation>Vous dormez sur le dos&#xa0;? Calez vos pieds avec un oreiller pour que vos orteils pointent vers le haut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your front? Let your feet hang over the end of the bed.</source>
        <translation>Vous dormez sur le ventre&#xa0;? Laissez vos pieds dépasser du bout du lit.</translation>
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
        <translation>Ajouter des nuits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row a night, as on the bedside sheet. Type how many cramps (0 for none), Tab to the next box, Enter for the next night. An empty row changes nothing. A night you answered already shows its answer: change it to replace it. Cramps already in your diary stay: count only any others.</source>
        <translation>Une ligne par nuit, comme sur la fiche de chevet. Tapez le nombre de crampes (0 si aucune), Tab pour la case suivante, Entrée pour la nuit suivante. Une ligne vide ne change rien. Une nuit déjà remplie montre sa réponse&#xa0;: modifiez-la pour la remplacer. Les crampes déjà dans votre journal restent&#xa0;: ne comptez que les autres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First night</source>
        <translation>Première nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last night</source>
        <translation>Dernière nuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From the night of</source>
        <translation>&amp;De la nuit du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>&amp;jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nights, oldest first</source>
        <translation>Nuits, les plus anciennes en premier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the nights</source>
        <translation>Enregistrer les nuits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No nights to enter: choose an earlier first night.</source>
        <translation>Aucune nuit à saisir&#xa0;: choisissez une première nuit plus ancienne.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_backups.py" line="+43"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Where your data is</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records:</source>
        <translation>Relevés&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your records are</source>
        <translation>Où sont vos relevés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation>Réglages&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your settings are</source>
        <translation>Où sont vos réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups:</source>
        <translation>Sauvegardes automatiques&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the automatic backups are</source>
        <translation>Où sont les sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a day the app saves a full backup of your records and settings. The newest %1 are kept; older ones are removed.</source>
        <translation>Une fois par jour, l&apos;application fait une sauvegarde complète de vos relevés et réglages. Les %1 plus récentes sont gardées&#xa0;; les plus anciennes sont supprimées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The newest automatic backup</source>
        <translation>La sauvegarde automatique la plus récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the backup</source>
        <translation>Résultat de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make today&apos;s backup now</source>
        <translation>Faire la sauvegarde du jour maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the backups</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of everything now (on the Export tab)</source>
        <translation>Enregistrer maintenant une copie de tout (dans l&apos;onglet Exporter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest is from %1. There are %2 in the folder.</source>
        <translation>La plus récente date du %1. Il y en a %2 dans le dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no automatic backup yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde automatique.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the backup in %1: %2.</source>
        <translation>Impossible d&apos;enregistrer la sauvegarde dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1.</source>
        <translation>Impossible de lire vos relevés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved today&apos;s backup: %1.</source>
        <translation>Sauvegarde du jour enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s backup already exists (saved at %1).</source>
        <translation>La sauvegarde du jour existe déjà (enregistrée à %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s backup already exists.</source>
        <translation>La sauvegarde du jour existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To save a copy with everything as it is now, use Save a copy.</source>
        <translation>Pour enregistrer une copie de tout tel quel maintenant, utilisez Enregistrer une copie.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/body_map.py" line="+217"/>
        <source>Body picture</source>
        <translation>Schéma du corps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left calf</source>
        <translation>Mollet gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right calf</source>
        <translation>Mollet droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the left thigh</source>
        <translation>Arrière de la cuisse gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the right thigh</source>
        <translation>Arrière de la cuisse droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the left thigh</source>
        <translation>Devant de la cuisse gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the right thigh</source>
        <translation>Devant de la cuisse droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <comment>the body part</comment>
        <translation>Dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation>Ventre</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Use the arrow keys to pick where the cramp is, then press Enter.</source>
        <translation>Utilisez les flèches pour choisir où est la crampe, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Front</source>
        <comment>the view</comment>
        <translation>Face</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <comment>the view</comment>
        <translation>Dos</translation>
    </message>
</context>
<context>
    <name>BusyTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_busy.py" line="+37"/>
        <source>While you are busy, reminders do not pop up or play a sound. They wait, and when you are free again they come back once, together.</source>
        <translation>Pendant que vous êtes occupé, les rappels ne s&apos;affichent pas et ne sonnent pas. Ils attendent, et quand vous êtes de nouveau libre, ils reviennent une fois, ensemble.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About do not disturb</source>
        <translation>À propos du mode ne pas déranger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait while the system&apos;s do-not-disturb or &amp;presentation mode is on</source>
        <translation>Attendre pendant le mode ne pas déranger du système ou le mode pré&amp;sentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while the system&apos;s do-not-disturb or presentation mode is on</source>
        <translation>Attendre pendant le mode ne pas déranger du système ou le mode présentation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait while a window is &amp;full-screen (presentations, videos, games)</source>
        <translation>Attendre quand une fenêtre est en plein &amp;écran (présentations, vidéos, jeux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while a window is full-screen (presentations, videos, games)</source>
        <translation>Attendre quand une fenêtre est en plein écran (présentations, vidéos, jeux)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programs that make reminders wait</source>
        <translation>Programmes qui font attendre les rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No programs</source>
        <translation>Aucun programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait w&amp;hile these programs are running (one per line):</source>
        <translation>Attendre pendant que ces programmes &amp;tournent (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the program&apos;s process name, such as “zoom” or “Teams”. Upper and lower case do not matter, and “.exe” can be left out.</source>
        <translation>Utilisez le nom de processus du programme, par exemple «&#xa0;zoom&#xa0;» ou «&#xa0;Teams&#xa0;». Les majuscules et minuscules ne comptent pas, et «&#xa0;.exe&#xa0;» peut être omis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About program names</source>
        <translation>À propos des noms de programmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default list of programs</source>
        <translation>Rétablir la liste de programmes par défaut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ad&amp;vanced: programs that make reminders wait</source>
        <translation>&amp;Avancé&#xa0;: programmes qui font attendre les rappels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To hold reminders by hand, use Pause reminders in the tray menu: its Hold choices keep what comes due and show it afterwards.</source>
        <translation>Pour retenir les rappels vous-même, utilisez Suspendre les rappels dans le menu de la zone de notification&#xa0;: ses choix Retenir gardent ce qui arrive à échéance et l&apos;affichent ensuite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holding reminders by hand</source>
        <translation>Retenir les rappels vous-même</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>While you are busy: a program name can have at most %1 characters. Shorten the one that starts with %2.</source>
        <translation>Pendant que vous êtes occupé&#xa0;: un nom de programme peut avoir au plus %1 caractères. Raccourcissez celui qui commence par %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While you are busy: list at most %1 programs.</source>
        <translation>Pendant que vous êtes occupé&#xa0;: indiquez au plus %1 programmes.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_widget.py" line="+26"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="+67"/>
        <location line="+4"/>
        <source>How was last night?</source>
        <translation>Comment s&apos;est passée la nuit dernière&#xa0;?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Morning check-in</source>
        <translation>Point du matin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The night of %1</source>
        <translation>La nuit du %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-week log: night %1 of %2</source>
        <translation>Suivi de deux semaines&#xa0;: nuit %1 sur %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;No cramps</source>
        <translation>&amp;Pas de crampes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps last night</source>
        <translation>Pas de crampes la nuit dernière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not &amp;sure</source>
        <translation>Pas &amp;sûr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip</source>
        <translation>P&amp;asser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this question</source>
        <translation>Passer cette question</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>I had cramps</source>
        <translation>J&apos;ai eu des crampes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;3 or more</source>
        <translation>&amp;3 ou plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 or more cramps</source>
        <translation>3 crampes ou plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The worst, from 0 (no pain) to 10 (worst pain)</source>
        <translation>La pire, de 0 (pas de douleur) à 10 (pire douleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worst, 0 to 10</source>
        <translation>La pi&amp;re, de 0 à 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+30"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which side</source>
        <translation>Quel côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which si&amp;de</source>
        <translation>Quel &amp;côté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They w&amp;oke me up</source>
        <translation>Elles m&apos;ont ré&amp;veillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They woke me up</source>
        <translation>Elles m&apos;ont réveillé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cramp somewhere else, or with a warning sign? Add it in the diary.</source>
        <translation>Une crampe ailleurs, ou avec un signe d&apos;alerte&#xa0;? Ajoutez-la dans le journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cramps of last night</source>
        <translation>Enregistrer les crampes de la nuit dernière</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <comment>suffix of a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the longest lasted, in minutes</source>
        <translation>Durée de la plus longue, en minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long the longest lasted</source>
        <translation>&amp;Durée de la plus longue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much they disturbed your sleep, from 0 (not at all) to 10 (very much)</source>
        <translation>À quel point elles ont gêné votre sommeil, de 0 (pas du tout) à 10 (énormément)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much they disturbed your s&amp;leep, 0 to 10</source>
        <translation>So&amp;mmeil gêné, de 0 à 10</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../spasm_desktop/commands.py" line="+129"/>
        <source>Spasm Desktop did not answer in time (it may be busy); your request was passed to it and is carried out when it is free.</source>
        <translation>Spasm Desktop n&apos;a pas répondu à temps (il est peut-être occupé)&#xa0;; votre demande lui a été transmise et sera faite dès qu&apos;il sera libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop is running but not answering right now (it may be busy); nothing was changed. Try again in a moment.</source>
        <translation>Spasm Desktop est lancé mais ne répond pas pour le moment (il est peut-être occupé)&#xa0;; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Do not disturb is off.</source>
        <translation>Le mode Ne pas déranger est désactivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not disturb is on until you turn it off (spasm-desktop dnd off).</source>
        <translation>Le mode Ne pas déranger est activé jusqu&apos;à ce que vous le désactiviez (spasm-desktop dnd off).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not disturb until %1.</source>
        <translation>Ne pas déranger jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: your records are damaged (%1). Nothing was done and the file was not changed. Start Spasm Desktop to recover what can still be read. The damaged file: %2</source>
        <translation>erreur&#xa0;: vos relevés sont endommagés (%1). Rien n&apos;a été fait et le fichier n&apos;a pas été modifié. Démarrez Spasm Desktop pour récupérer ce qui peut encore être lu. Le fichier endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Spasm Desktop is not running, so no reminder is open. Start it with: %1</source>
        <translation>Spasm Desktop n&apos;est pas lancé, donc aucun rappel n&apos;est ouvert. Lancez-le avec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop is not running, so there is nothing to %1. Start it with: %2</source>
        <comment>%1 is the command typed: pause, resume or dnd</comment>
        <translation>Spasm Desktop n&apos;est pas lancé, la commande %1 n&apos;a donc rien à faire. Lancez-le avec&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resumed.</source>
        <translation>Rappels repris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders were not paused.</source>
        <translation>Les rappels n&apos;étaient pas en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder has the keyboard.</source>
        <translation>Le rappel a maintenant le clavier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder is open.</source>
        <translation>Aucun rappel n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused until %1.</source>
        <translation>En pause jusqu&apos;à %1.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+177"/>
        <source>Seconds left in this step</source>
        <translation>Secondes restantes dans cette étape</translation>
    </message>
</context>
<context>
    <name>DiaryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="+110"/>
        <location line="+2"/>
        <source>Cramp diary</source>
        <translation>Journal des crampes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of cramps shown</source>
        <translation>Nombre de crampes affichées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded cramps, newest first</source>
        <translation>Crampes notées, les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How bad</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in</source>
        <translation>Noté dans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation>Numéros de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No cramps recorded in this period.</source>
        <translation>Aucune crampe notée pendant cette période.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp</source>
        <translation>Ajouter une crampe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cramp (%1)</source>
        <translation>Ajouter une crampe (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cramp</source>
        <translation>Modifier la crampe sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected cramp</source>
        <translation>Supprimer la crampe sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;nights…</source>
        <translation>Ajouter des &amp;nuits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nights from your notes</source>
        <translation>Ajouter des nuits depuis vos notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter several past nights at once, one row a night</source>
        <translation>Saisir plusieurs nuits passées à la fois, une ligne par nuit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>Fusi&amp;onner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the selected cramp told at the check-in with one logged that night</source>
        <translation>Fusionner la crampe choisie, signalée au point du matin, avec une crampe notée cette nuit-là</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same cramp twice: keep the one logged in the night, with its time</source>
        <translation>La même crampe deux fois&#xa0;: garder celle notée pendant la nuit, avec son heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the diary</source>
        <translation>Fermer le journal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night of %1, time not known</source>
        <translation>nuit du %1, heure inconnue</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cramp saved: %1, %2.</source>
        <translation>Crampe enregistrée&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo the delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp deleted: %1, %2.</source>
        <translation>Crampe supprimée&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Saved the %1 cramp of %2.</source>
        <translation type="vanished">Crampe (%1) du %2 enregistrée.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved the cramp of %1.</source>
        <translation>Crampe du %1 enregistrée.</translation>
    </message>
    <message>
        <source>Deleted the %1 cramp of %2.</source>
        <translation type="vanished">Crampe (%1) du %2 supprimée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted the cramp of %1.</source>
        <translation>Crampe du %1 supprimée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Undo adding the nights</source>
        <translation>Annuler l&apos;ajout des nuits</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into the cramp of %1.</source>
        <translation>Fusionnée avec la crampe du %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two cramps are back as they were.</source>
        <translation>Les deux crampes sont redevenues comme avant.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cramp is back.</source>
        <translation>La crampe est rétablie.</translation>
    </message>
</context>
<context>
    <name>DrinkAmountDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="+368"/>
        <source>Log a drink</source>
        <translation>Noter une boisson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Quantité</translation>
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
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/episode_dialog.py" line="+75"/>
        <source>Edit a cramp</source>
        <translation>Modifier une crampe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a cramp</source>
        <translation>Ajouter une crampe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it started (date and time)</source>
        <translation>Quand elle a commencé (date et heure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where (area)</source>
        <translation>Où (zone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+202"/>
        <location line="+35"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Which side</source>
        <translation>Quel côté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;ide:</source>
        <translation>&amp;Côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Where:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 is no pain, 10 the worst</source>
        <translation>0 = pas de douleur, 10 = la pire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;bad (0–10):</source>
        <translation>In&amp;tensité (0–10)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not &amp;known</source>
        <translation>&amp;Inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted is not known</source>
        <translation>La durée est inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+207"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>How long it lasted: minutes</source>
        <translation>Durée&#xa0;: minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted: seconds</source>
        <translation>Durée&#xa0;: secondes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How &amp;long:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;More details</source>
        <translation>&amp;Plus de détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it felt like, what helped, notes, triggers, sleep and warning signs</source>
        <translation>Ce que vous avez ressenti, ce qui a aidé, notes, déclencheurs, sommeil et signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>More details (optional)</source>
        <translation>Plus de détails (facultatif)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Care advice for the warning signs ticked</source>
        <translation>Conseils pour les signes d&apos;alerte cochés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The cramp&apos;s details</source>
        <translation>Les détails de la crampe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the cramp</source>
        <translation>Enregistrer la crampe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What it felt like:</source>
        <translation>Ce que vous avez ressenti&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation>Ce que vous faisiez&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Ce qui a aidé&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>After the cramp</source>
        <translation>Après la crampe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the cramp: triggers, sleep and warning signs</source>
        <translation>Après la crampe&#xa0;: déclencheurs, sommeil et signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exercise</source>
        <translation>exercice physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>chaleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long sitting</source>
        <translation>longtemps assis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long standing</source>
        <translation>longtemps debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough to drink</source>
        <translation>pas assez bu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alcohol</source>
        <translation>alcool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caffeine</source>
        <translation>caféine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new medicine</source>
        <translation>un nouveau médicament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible triggers:</source>
        <translation>Déclencheurs possibles&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes until it eased</source>
        <translation>Minutes avant que ça se calme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to relie&amp;f:</source>
        <translation>Temps avant &amp;soulagement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did it wake you up</source>
        <translation>Est-ce que ça vous a réveillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;oke you up:</source>
        <translation>&amp;Réveillé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much it disturbed your sleep, from 0 (not at all) to 10</source>
        <translation>À quel point votre sommeil a été perturbé, de 0 (pas du tout) à 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep dis&amp;turbance (0–10):</source>
        <translation>So&amp;mmeil perturbé (0–10)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How sore it was the next day, from 0 (not at all) to 10</source>
        <translation>À quel point c&apos;était douloureux le lendemain, de 0 (pas du tout) à 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore the next &amp;day (0–10):</source>
        <translation>Dou&amp;leur le lendemain (0–10)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning signs:</source>
        <translation>Signes d&apos;alerte&#xa0;:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The start is in the future.</source>
        <translation>Le début est dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp lasts more than 0 seconds (or tick “Not known”).</source>
        <translation>Une crampe dure plus de 0 seconde (ou cochez «&#xa0;Inconnue&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start time has no time zone.</source>
        <translation>L&apos;heure de début n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cramp can be recorded for at most 24 hours.</source>
        <translation>Une crampe peut être notée pour 24 heures au plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the areas.</source>
        <translation>Choisissez une des zones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose left, right or both.</source>
        <translation>Choisissez gauche, droite ou les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad is a whole number from 0 to 10.</source>
        <translation>L&apos;intensité est un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time to relief is at most 240 minutes.</source>
        <translation>Le temps avant soulagement est de 240 minutes au plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disturbance is a whole number from 0 to 10.</source>
        <translation>Le sommeil perturbé est un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soreness is a whole number from 0 to 10.</source>
        <translation>La douleur du lendemain est un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/exercise_library.py" line="+40"/>
        <source>Find exercises by name or muscle</source>
        <translation>Chercher des exercices par nom ou par muscle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or muscle</source>
        <translation>Nom ou muscle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise library</source>
        <translation>Bibliothèque d&apos;exercices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds the selected exercise after the selected step.</source>
        <translation>Entrée ajoute l&apos;exercice sélectionné après l&apos;étape sélectionnée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>C&amp;hercher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◂ &amp;Add</source>
        <translation>◂ A&amp;jouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exercise after the selected step</source>
        <translation>Ajouter l&apos;exercice après l&apos;étape sélectionnée</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_export.py" line="+83"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save your records to a file: to show a clinician, to open in a spreadsheet, or to keep as a backup.</source>
        <translation>Enregistrez vos relevés dans un fichier&#xa0;: pour les montrer à un soignant, les ouvrir dans un tableur ou les garder comme sauvegarde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the period</source>
        <translation>Problème avec la période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the export</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the export</source>
        <translation>Ouvrir le dossier de l&apos;export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export: choose where to save</source>
        <translation>Exporter&#xa0;: choisir où enregistrer</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>What to save</source>
        <translation>Quoi enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report for a clinician (&amp;PDF)</source>
        <translation>Rapport pour un soignant (&amp;PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spreadsheet files, one per kind of record</source>
        <translation>Fichiers de &amp;tableur, un par type de relevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup, to restore later</source>
        <translation>Sauvegarde &amp;complète, à restaurer plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A readable report of the period, to print or to take to an appointment.</source>
        <translation>Un rapport lisible de la période, à imprimer ou à apporter à un rendez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: this installation cannot write PDF reports.</source>
        <translation>Non disponible&#xa0;: cette installation ne peut pas créer de rapports PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for a clinician (PDF)</source>
        <translation>Rapport pour un soignant (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheet files, one per kind of record</source>
        <translation>Fichiers de tableur, un par type de relevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new folder with one file for each kind of record (drinks, cramps, breaks, ...), in a plain table format (CSV) that LibreOffice Calc, Excel and other spreadsheet programs open.</source>
        <translation>Un nouveau dossier avec un fichier pour chaque type de relevé (boissons, crampes, pauses, ...), dans un format de tableau simple (CSV) que LibreOffice Calc, Excel et d&apos;autres tableurs savent ouvrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full backup, to restore later</source>
        <translation>Sauvegarde complète, à restaurer plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The records of the period and your settings in one file, which the Restore tab can read back.</source>
        <translation>Les relevés de la période et vos réglages dans un seul fichier, que l&apos;onglet Restaurer peut relire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Which records</source>
        <translation>Quels relevés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded</source>
        <translation>Tout ce qui a été noté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dates below</source>
        <translation>Les dates ci-dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perio&amp;d:</source>
        <translation>Pério&amp;de&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (first day included)</source>
        <translation>Du (premier jour inclus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (last day included)</source>
        <translation>Au (dernier jour inclus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole days, from midnight to midnight.</source>
        <translation>Des jours entiers, de minuit à minuit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>On the report (optional)</source>
        <translation>Sur le rapport (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, printed at the top of the report</source>
        <translation>Votre nom, imprimé en haut du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left off when empty</source>
        <translation>Omis s&apos;il est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes and questions for the appointment</source>
        <translation>Notes et questions pour le rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to ask, or what changed</source>
        <translation>Ce que vous voulez demander, ou ce qui a changé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions or notes:</source>
        <translation>&amp;Questions ou notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on page 2 of the report, and kept here for the next one.</source>
        <translation>Imprimé en page 2 du rapport, et gardé ici pour le prochain.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>Le premier jour est après le dernier&#xa0;: changez une des dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report covers a period: choose one of the periods or dates.</source>
        <translation>Un rapport couvre une période&#xa0;: choisissez une des périodes ou des dates.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spasm backups (*.json)</source>
        <translation>Sauvegardes Spasm (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to put the folder of CSV files</source>
        <translation>Choisissez où mettre le dossier de fichiers CSV</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save to %1: %2. Nothing was saved.</source>
        <translation>Impossible d&apos;enregistrer dans %1&#xa0;: %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1. Nothing was saved.</source>
        <translation>Impossible de lire vos relevés&#xa0;: %1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the report to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 to %2, with your settings.</source>
        <translation>%1 enregistré dans %2, avec vos réglages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1 to the folder %2.</source>
        <translation>%1 enregistré dans le dossier %2.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_general.py" line="+36"/>
        <source>Display language</source>
        <translation>Langue d&apos;affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dis&amp;play language</source>
        <translation>&amp;Langue d&apos;affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you save, Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation>Après l&apos;enregistrement, Spasm Desktop affichera la nouvelle langue au prochain démarrage. Pour la voir tout de suite, quittez Spasm Desktop depuis son menu dans la zone de notification et relancez-le.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume unit</source>
        <translation>Unité de volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation>Millilitres (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>Onces liquides américaines (fl oz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uni&amp;ts</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login</source>
        <translation>&amp;Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
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
        <translation>%1 (comme le système)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;xt size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows you open after saving use this size. Windows already open change fully when you close them and open them again.</source>
        <translation>Les fenêtres ouvertes après l&apos;enregistrement utilisent cette taille. Les fenêtres déjà ouvertes changent complètement quand vous les fermez et les rouvrez.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history.py" line="+68"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything recorded</source>
        <translation>Tout ce qui a été noté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report for a clinician…</source>
        <translation>&amp;Rapport pour un soignant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a report of this period for a clinician</source>
        <translation>Faire un rapport de cette période pour un soignant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp &amp;diary…</source>
        <translation>&amp;Journal des crampes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the cramp diary</source>
        <translation>Ouvrir le journal des crampes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The period in short</source>
        <translation>La période en bref</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History views</source>
        <translation>Vues de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Fermer l&apos;historique</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days of the period, newest first</source>
        <translation>Jours de la période, les plus récents en premier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Streaks and comparisons</source>
        <translation>Séries et comparaisons</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no water goal set</source>
        <translation>pas d&apos;objectif d&apos;eau fixé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Streaks</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine, nights in a row</source>
        <translation>Programme du coucher, nuits d&apos;affilée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water goal reached, days in a row</source>
        <translation>Objectif d&apos;eau atteint, jours d&apos;affilée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights without a night cramp, in a row</source>
        <translation>Nuits notées sans crampe nocturne, d&apos;affilée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 now; longest in this period %3.</source>
        <translation>%1&#xa0;: %2 actuellement&#xa0;; la plus longue de cette période&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nights after the bedtime routine and nights without</source>
        <translation>Nuits après le programme du coucher et nuits sans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These are your own counts side by side, not a test of whether the routine works: other things change from night to night too (activity, heat, drinks, medicines), and a few nights can differ by chance. In one study of adults over 55, stretching the calves and hamstrings every night before bed for 6 weeks led to fewer and less painful night cramps; another study found no benefit, so results vary.</source>
        <translation>Ce sont vos propres chiffres côte à côte, pas une preuve que le programme marche ou non&#xa0;: d&apos;autres choses changent aussi d&apos;une nuit à l&apos;autre (activité, chaleur, boissons, médicaments), et quelques nuits peuvent différer par hasard. Dans une étude chez des adultes de plus de 55 ans, étirer les mollets et les ischio-jambiers chaque soir avant le coucher pendant 6 semaines a entraîné des crampes nocturnes moins nombreuses et moins douloureuses&#xa0;; une autre étude n&apos;a trouvé aucun bénéfice, donc les résultats varient.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A night runs from noon to noon. A night cramp started between %1 and %2, or was marked as asleep, in bed or woke me. Only nights that are over and since your first record count, and only recorded ones: a night with no cramp logged and no morning check-in answer is left out.</source>
        <translation>Une nuit va de midi à midi. Une crampe nocturne a commencé entre %1 et %2, ou a été marquée comme survenue en dormant, au lit ou en me réveillant. Seules comptent les nuits terminées et postérieures à votre premier relevé, et seulement celles qui ont été notées&#xa0;: une nuit sans crampe notée et sans réponse au point du matin est laissée de côté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No nights to compare in this period yet.</source>
        <translation>Pas encore de nuits à comparer pendant cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No night in this period had the bedtime routine done, so there is nothing to compare yet.</source>
        <translation>Aucune nuit de cette période n&apos;a eu le programme du coucher, il n&apos;y a donc encore rien à comparer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You did the bedtime routine on every night of this period.</source>
        <translation>Vous avez fait le programme du coucher chaque nuit de cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night cramps on %1 of %2 nights (%3 in all, %4 per night)</source>
        <translation>crampes nocturnes %1 nuits sur %2 (%3 en tout, %4 par nuit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the bedtime routine: %1. Without it: %2.</source>
        <translation>Après le programme du coucher&#xa0;: %1. Sans&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week</source>
        <translation>Crampes par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cramps by time of day</source>
        <translation>Crampes selon l&apos;heure de la journée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps by body area</source>
        <translation>Crampes selon la zone du corps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worst severity per week (0–10)</source>
        <translation>Intensité maximale par semaine (0–10)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with the bedtime routine, per week</source>
        <translation>Nuits avec le programme du coucher, par semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nights in the week</source>
        <translation>Nuits dans la semaine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your fluid limit</source>
        <translation>Votre limite de liquides</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Water per day</source>
        <translation>Eau par jour</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Water per day, against your fluid limit of %1: over the limit on %2 of %3 days; no drink was logged on %4.</source>
        <translation>Eau par jour, par rapport à votre limite de liquides de %1&#xa0;: limite dépassée %2 jours sur %3&#xa0;; aucune boisson notée %4 jours.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Water per day: the goal was reached on %1 of %2 days with a goal; no drink was logged on %3.</source>
        <translation>Eau par jour&#xa0;: objectif atteint %1 jours sur %2 avec un objectif&#xa0;; aucune boisson notée %3 jours.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Water, average per day of each week</source>
        <translation>Eau, moyenne par jour de chaque semaine</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="+168"/>
        <source>Water, stretch and move reminders come only during these hours.</source>
        <translation>Les rappels pour l&apos;eau, les étirements et le mouvement n&apos;arrivent que pendant ces heures.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I work on certain da&amp;ys</source>
        <translation>Je travaille certains &amp;jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work on certain days</source>
        <translation>Je travaille certains jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation>Je ne travaille pas / je suis à la retraite&#xa0;: rappels tous &amp;les jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation>Je ne travaille pas ou je suis à la retraite&#xa0;: rappels tous les jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every day: reminders from</source>
        <translation>Tous les jours&#xa0;: rappels à partir de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day: until</source>
        <translation>Tous les jours&#xa0;: jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day fro&amp;m</source>
        <translation>Tous les jours &amp;de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation>à</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An end earlier than the start runs past midnight into the next morning.</source>
        <translation>Une fin plus tôt que le début va au-delà de minuit, jusqu&apos;au lendemain matin.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/learn.py" line="+98"/>
        <location line="+2"/>
        <location line="+30"/>
        <source>Learn about cramps</source>
        <translation>En savoir plus sur les crampes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section to jump to it; press Enter to read it</source>
        <translation>Choisissez une section pour y aller&#xa0;; appuyez sur Entrée pour la lire</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Learn page</source>
        <translation>Page En savoir plus</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Caution: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick the ones you do. Your ticks stay on this computer.</source>
        <translation>Cochez celles que vous faites. Vos coches restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: %1 [%2]</source>
        <translation>Sources&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Copy questions</source>
        <translation>&amp;Copier les questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the questions to the clipboard</source>
        <translation>Copier les questions dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Print the questions</source>
        <translation>Imprimer les questions</translation>
    </message>
</context>
<context>
    <name>MonthsPage</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+57"/>
        <source>Your whole record, month by month: do your cramps change with the time of year? Only nights you recorded count (a cramp logged, or the morning check-in answered); months without one recorded night show —.</source>
        <translation>Tout votre historique, mois par mois&#xa0;: vos crampes changent-elles selon la saison&#xa0;? Seules comptent les nuits notées (une crampe notée, ou le point du matin rempli)&#xa0;; les mois sans aucune nuit notée affichent —.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation>Nuits notées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights with a cramp</source>
        <translation>Nuits avec une crampe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps per recorded night</source>
        <translation>Crampes par nuit notée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cramps per recorded night for each month of the year, over all the years recorded. Highest: %1 (%2). Months not recorded: %3.</source>
        <translation>Crampes par nuit notée pour chaque mois de l&apos;année, sur toutes les années notées. Le plus élevé&#xa0;: %1 (%2). Mois non notés&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No night has been recorded yet.</source>
        <translation>Aucune nuit n&apos;a encore été notée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps per recorded night, by month of the year</source>
        <translation>Crampes par nuit notée, selon le mois de l&apos;année</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_notifications.py" line="+27"/>
        <source>How reminders are shown</source>
        <translation>Comment les rappels s&apos;affichent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (recommended)</source>
        <translation>Automatique (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pop-up only</source>
        <translation>Fenêtre seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notification only</source>
        <translation>Notification du bureau seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both pop-up and notification</source>
        <translation>Fenêtre et notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show re&amp;minders as</source>
        <translation>Affic&amp;her les rappels en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a soun&amp;d</source>
        <translation>Jouer un &amp;son</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound with reminders</source>
        <translation>Jouer un son avec les rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Show a short tip with each reminder</source>
        <translation>Afficher un court conseil avec chaque rappel</translation>
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
        <translation>Fermer les fenêtres de rappel après combien de secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close pop-ups after</source>
        <translation>&amp;Fermer les fenêtres de rappel après</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/pain_scale.py" line="+38"/>
        <source>How bad was it, from 0 (no pain) to 10</source>
        <translation>Quelle était l&apos;intensité, de 0 (pas de douleur) à 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pain %1 out of 10</source>
        <translation>Douleur %1 sur 10</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 out of 10</source>
        <translation>%1 sur 10</translation>
    </message>
</context>
<context>
    <name>ReliefCard</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_card.py" line="+119"/>
        <source>All warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the warning signs in their four tiers</source>
        <translation>Afficher ou masquer les signes d&apos;alerte selon leurs quatre niveaux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When to get help</source>
        <translation>Quand demander de l&apos;aide</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show or hide these warning signs</source>
        <translation>Afficher ou masquer ces signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Drawing of the stretch</source>
        <translation>Dessin de l&apos;étirement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+196"/>
        <source>Guided stretch (T)</source>
        <translation>Étirement guidé (T)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Guided stretch</source>
        <translation>Étirement guidé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning signs for this area</source>
        <translation>Signes d&apos;alerte pour cette zone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More that helps</source>
        <translation>Autres aides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide every step, for this area and for every cramp</source>
        <translation>Afficher ou masquer toutes les étapes, pour cette zone et pour toute crampe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>For every cramp</source>
        <translation>Pour toute crampe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat and cold</source>
        <translation>Chaud et froid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps for every cramp could not be loaded.</source>
        <translation>Les étapes valables pour toute crampe n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramp timer</source>
        <translation>Minuteur de crampe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It started earlier:</source>
        <translation>Elle a commencé plus tôt&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cramp started %1 minutes before the panel opened</source>
        <translation>La crampe a commencé %1 minutes avant l&apos;ouverture du panneau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It&apos;s over (O)</source>
        <translation>C&apos;est fini (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cramp is over: stop the timer and save</source>
        <translation>La crampe est finie&#xa0;: arrêter le minuteur et enregistrer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cramp: %1</source>
        <translation>Crampe&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The steps for this area could not be loaded.</source>
        <translation>Les étapes pour cette zone n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All the steps for this area</source>
        <translation>Toutes les étapes pour cette zone</translation>
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
        <translation>Étirement guidé, gauche (T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided stretch, right side (T)</source>
        <translation>Étirement guidé, droite (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided stretch, both sides (T)</source>
        <translation>Étirement guidé, deux côtés (T)</translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_panel.py" line="+117"/>
        <location line="+2"/>
        <source>Cramp relief</source>
        <translation>Soulager une crampe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Where is the cramp?</source>
        <translation>Où est la crampe&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press the key on a button (1 to 9, 0 or A), click a button, or click the body picture.</source>
        <translation>Appuyez sur la touche d&apos;un bouton (1 à 9, 0 ou A), cliquez sur un bouton ou cliquez sur le schéma du corps.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, key %2</source>
        <translation>%1, touche %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Left</source>
        <translation>&amp;Gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right</source>
        <translation>&amp;Droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip: don&apos;t say the side</source>
        <translation>Passer&#xa0;: ne pas indiquer le côté</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>◀ &amp;Back: it is one area after all</source>
        <translation>◀ &amp;Retour&#xa0;: une seule zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choosing an area</source>
        <translation>Retour au choix de la zone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: don&apos;t keep this cramp</source>
        <translation>Annuler&#xa0;: ne pas garder cette crampe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few details, if you like (all optional, saved as you go):</source>
        <translation>Quelques détails, si vous le souhaitez (tous facultatifs, enregistrés au fur et à mesure)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;bad was it? 0 is no pain, 10 the worst.</source>
        <translation>Quelle était l&apos;&amp;intensité&#xa0;? 0 = pas de douleur, 10 = la pire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it felt like:</source>
        <translation>Ce que vous avez ressenti&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation>Ce que vous faisiez&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Ce qui a aidé&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: close the panel</source>
        <translation>Terminé&#xa0;: fermer le panneau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which side? (%1)</source>
        <translation>Quel côté&#xa0;? (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cramp</source>
        <translation>Crampe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, left</source>
        <translation>%1, gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right</source>
        <translation>%1, droite</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: %1, %2.</source>
        <translation>Enregistré&#xa0;: %1, %2.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="+68"/>
        <location line="+1"/>
        <location line="+62"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>When to get help</source>
        <translation>Quand consulter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show where to find help</source>
        <translation>Quand demander de l&apos;aide&#xa0;: montrer où trouver de l&apos;aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show the danger signs</source>
        <translation>Quand demander de l&apos;aide&#xa0;: montrer les signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Danger signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;nooze all</source>
        <translation>Tout &amp;reporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;nooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;kip tonight</source>
        <translation>&amp;Passer ce soir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip all</source>
        <translation>Tout &amp;passer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze: %1</source>
        <translation>Reporter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip tonight</source>
        <translation>Passer ce soir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: %1</source>
        <translation>Passer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tip</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_reminders.py" line="+141"/>
        <source>No drink reminders and no goal: log drinks to see them against the limit.</source>
        <translation>Pas de rappels pour boire ni d&apos;objectif&#xa0;: notez vos boissons pour les voir par rapport à la limite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much fluid you need varies. If a clinician has told you to limit fluids, for example because of a heart, kidney or liver condition or a medicine, tick the box above: the limit is a ceiling, not a goal. Drinking too much water can be harmful: these reminders never ask for more than %1 in an hour.</source>
        <translation>La quantité de liquides nécessaire varie. Si un soignant vous a dit de limiter les liquides, par exemple à cause d&apos;une maladie du cœur, des reins ou du foie ou d&apos;un médicament, cochez la case ci-dessus&#xa0;: la limite est un plafond, pas un objectif. Boire trop d&apos;eau peut être dangereux&#xa0;: ces rappels ne demandent jamais plus de %1 par heure.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Water</source>
        <translation>&amp;Eau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Water reminder every how many minutes</source>
        <translation>Rappel pour l&apos;eau toutes les combien de minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;every</source>
        <translation>Rappeler &amp;toutes les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Glass size</source>
        <translation>Taille du &amp;verre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Glass size</source>
        <translation>Taille du verre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dai&amp;ly goal</source>
        <translation>Objectif du &amp;jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation>Fixer un objectif d&apos;eau par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily water goal</source>
        <translation>Objectif d&apos;eau par jour</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes before bedtime without water reminders</source>
        <translation>Minutes avant le coucher sans rappels pour l&apos;eau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No water reminders in this many minutes before your bedtime.</source>
        <translation>Pas de rappels pour l&apos;eau pendant ces minutes avant votre coucher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet before bedtime</source>
        <translation>&amp;Calme avant le coucher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;clinician set me a fluid limit</source>
        <translation>Limite &amp;fixée par un soignant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation>Un soignant m&apos;a fixé une limite de liquides</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fluid limit per day</source>
        <translation>Limite de liquides par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid li&amp;mit per day</source>
        <translation>&amp;Limite par jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water is log only</source>
        <translation>L&apos;eau est seulement notée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About fluid limits</source>
        <translation>À propos des limites de liquides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tretch</source>
        <translation>Étireme&amp;nt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stretch reminder every how many minutes</source>
        <translation>Rappel d&apos;étirement toutes les combien de minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind ever&amp;y</source>
        <translation>R&amp;appeler toutes les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ve</source>
        <translation>&amp;Bouger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me to move after how many minutes of sitting</source>
        <translation>Me rappeler de bouger après combien de minutes assis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after s&amp;itting for</source>
        <translation>Me rappeler après être resté ass&amp;is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes away from the computer that count as a break</source>
        <translation>Minutes loin de l&apos;ordinateur qui comptent comme une pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being away from the computer this long starts the sitting time again.</source>
        <translation>Une absence de l&apos;ordinateur de cette durée remet le temps assis à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a brea&amp;k after being away for</source>
        <translation>Pause comptée après une ab&amp;sence de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation>Ce bureau n&apos;indique pas à l&apos;application quand vous êtes absent&#xa0;: le rappel pour bouger compte donc le temps écoulé depuis votre dernière pause, et non le temps passé à l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity detection</source>
        <translation>Détection de l&apos;activité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bedtime</source>
        <translation>Co&amp;ucher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Be&amp;dtime</source>
        <translation>&amp;Heure du coucher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind how many minutes before bedtime</source>
        <translation>Rappeler combien de minutes avant le coucher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;how long before</source>
        <translation>Rappeler en avance &amp;de</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime reminder on %1</source>
        <translation>Rappel du coucher le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask how the night was, &amp;first thing in the morning</source>
        <translation>Demander le &amp;matin comment était la nuit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Morning check-in: how was last night?</source>
        <translation>Point du matin&#xa0;: comment s&apos;est passée la nuit dernière&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small window the first time you use the computer after your night: no cramps, or how many. It tells nights without cramps from nights not recorded.</source>
        <translation>Une petite fenêtre la première fois que vous utilisez l&apos;ordinateur après votre nuit&#xa0;: pas de crampes, ou combien. Elle permet de distinguer les nuits sans crampes des nuits non notées.</translation>
    </message>
</context>
<context>
    <name>RestoreTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_restore.py" line="+63"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring back records from a backup. Only records you do not have are added: nothing is overwritten or deleted. Your settings stay as they are; only a new installation is offered the backup&apos;s settings.</source>
        <translation>Récupérez des relevés depuis une sauvegarde. Seuls les relevés que vous n&apos;avez pas sont ajoutés&#xa0;: rien n&apos;est écrasé ni supprimé. Vos réglages restent tels quels&#xa0;; seule une nouvelle installation se voit proposer les réglages de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hoose a backup file…</source>
        <translation>&amp;Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or one of the &amp;automatic daily backups:</source>
        <translation>Ou une des sauvegardes &amp;automatiques quotidiennes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic daily backups, newest first</source>
        <translation>Sauvegardes automatiques quotidiennes, les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no automatic backups yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde automatique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup</source>
        <translation>La sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup chosen</source>
        <translation>La sauvegarde choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup chosen yet.</source>
        <translation>Aucune sauvegarde choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the backup holds</source>
        <translation>Ce que contient la sauvegarde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;take the backup&apos;s settings</source>
        <translation>Prendre aussi les régla&amp;ges de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also take the backup&apos;s settings</source>
        <translation>Prendre aussi les réglages de la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the restore</source>
        <translation>Résultat de la restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;store…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore: add the records listed</source>
        <translation>Restaurer&#xa0;: ajouter les relevés listés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, saved at %2</source>
        <comment>date, time</comment>
        <translation>%1, enregistrée à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm backups (*.json);;All files (*)</source>
        <translation>Sauvegardes Spasm (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot be restored:</source>
        <translation>%1 ne peut pas être restauré&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on %1 at %2.</source>
        <translation>Enregistrée le %1 à %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds %1.</source>
        <translation>Elle contient %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read your records to compare: %1.</source>
        <translation>Impossible de lire vos relevés pour comparer&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything in this backup is already in your records: restoring it would add nothing.</source>
        <translation>Tout ce qui est dans cette sauvegarde se trouve déjà dans vos relevés&#xa0;: la restaurer n&apos;ajouterait rien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring adds %1. Records you already have are kept as they are; nothing is overwritten or deleted.</source>
        <translation>La restauration ajoute %1. Les relevés que vous avez déjà restent tels quels&#xa0;; rien n&apos;est écrasé ni supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer still has its first settings, so the backup&apos;s settings (reminders, times, glass size and the rest) can be taken too: see the tick box below.</source>
        <translation>Cet ordinateur a encore ses réglages de départ&#xa0;: les réglages de la sauvegarde (rappels, heures, taille du verre, etc.) peuvent donc aussi être pris. Voir la case à cocher ci-dessous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup&apos;s settings differ from yours. They are not applied: your current settings are kept.</source>
        <translation>Les réglages de la sauvegarde diffèrent des vôtres. Ils ne sont pas appliqués&#xa0;: vos réglages actuels sont gardés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore records</source>
        <translation>Restaurer des relevés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add the records</source>
        <translation>&amp;Ajouter les relevés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records</source>
        <translation>Ajouter les relevés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel: change nothing</source>
        <translation>Annuler&#xa0;: ne rien changer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1 to your records? Records you already have stay as they are.</source>
        <translation>Ajouter %1 à vos relevés&#xa0;? Les relevés que vous avez déjà restent tels quels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take the backup&apos;s settings?</source>
        <translation>Prendre les réglages de la sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not restore: %1. Nothing was changed.</source>
        <translation>Restauration impossible&#xa0;: %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1.</source>
        <translation>Ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the backup&apos;s settings.</source>
        <translation>Réglages de la sauvegarde pris.</translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_editor.py" line="+70"/>
        <source>My routine</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New routine</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of a built-in routine</source>
        <translation>Copie d&apos;un programme intégré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit your routine</source>
        <translation>Modifier votre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine editor</source>
        <translation>Éditeur de programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this copy</source>
        <translation>À propos de cette copie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in routines cannot be changed. This is a copy of “%1”: it is saved as your own routine, and the original stays as it is.</source>
        <translation>Les programmes intégrés ne peuvent pas être modifiés. Ceci est une copie de «&#xa0;%1&#xa0;»&#xa0;: elle est enregistrée comme votre propre programme, et l&apos;original reste tel quel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total length</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete this routine</source>
        <translation>&amp;Supprimer ce programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this routine</source>
        <translation>Supprimer ce programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save routine</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Routine name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break</source>
        <translation>Pause étirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp relief</source>
        <translation>Soulager une crampe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used f&amp;or</source>
        <translation>&amp;Utilisé pour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Descr&amp;iption</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Give the routine a name.</source>
        <translation>Donnez un nom au programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one exercise from the list on the right.</source>
        <translation>Ajoutez au moins un exercice de la liste de droite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a routine with the id “%1”.</source>
        <translation>Il existe déjà un programme avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This routine cannot be saved.</source>
        <translation>Ce programme ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name can have at most %1 characters.</source>
        <translation>Le nom peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description can have at most %1 characters.</source>
        <translation>La description peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A routine can have at most %1 exercises.</source>
        <translation>Un programme peut avoir au plus %1 exercices.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not save the routine: %1</source>
        <translation>Impossible d&apos;enregistrer le programme&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete routine</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the routine “%1”? This cannot be undone.</source>
        <translation>Supprimer le programme «&#xa0;%1&#xa0;»&#xa0;? C&apos;est définitif.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the routine: %1</source>
        <translation>Impossible de supprimer le programme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RoutinePlayerWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="+116"/>
        <source>Stretch player</source>
        <translation>Lecteur d&apos;étirements</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+113"/>
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Progress through the routine</source>
        <translation>Progression dans le programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing is hard? Do it &amp;seated</source>
        <translation>Difficile debout&#xa0;? Faites-le &amp;assis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Switch to the seated version</source>
        <translation>Passer à la version assise</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Do it &amp;seated</source>
        <translation>Le faire &amp;assis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seated version of this routine, if standing is hard.</source>
        <translation>La version assise de ce programme, si rester debout est difficile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+1"/>
        <source>Full screen on or off (F11)</source>
        <translation>Plein écran activé ou désactivé (F11)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction and cautions</source>
        <translation>Consigne et précautions</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Left arrow)</source>
        <translation>Retour (flèche gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Right arrow)</source>
        <translation>Suivant (flèche droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↻ Repeat</source>
        <translation>↻ Refaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat this exercise (R)</source>
        <translation>Refaire cet exercice (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop (Escape)</source>
        <translation>Arrêter (Échap)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Routine finished</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Takes %1.</source>
        <translation>Durée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter or Space starts. Esc closes.</source>
        <translation>Entrée ou Espace pour commencer. Échap pour fermer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Commencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the routine (Enter)</source>
        <translation>Commencer le programme (Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do it s&amp;eated instead</source>
        <translation>Le faire a&amp;ssis à la place</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+203"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Well done. That&apos;s the routine.</source>
        <translation>Bravo. Le programme est terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you sleep:</source>
        <translation>Avant de dormir&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This window closes by itself in %1 s.</source>
        <translation>Cette fenêtre se ferme toute seule dans %1 s.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paused – %1</source>
        <translation>En pause – %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standing is hard? Do this instead: %1.</source>
        <translation>Difficile debout&#xa0;? Plutôt&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>▶ Resume</source>
        <translation>▶ Reprendre</translation>
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
        <translation>Reste %1</translation>
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
        <translation>Ensuite&#xa0;: la fin du programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_routines.py" line="+40"/>
        <source>Hold each stretch for</source>
        <translation>Tenir chaque étirement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the routine says (10 s in the bedtime routine, as in the study)</source>
        <translation>Comme le programme (10 s au coucher, comme dans l&apos;étude)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 30 seconds</source>
        <translation>Au moins 30 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 45 seconds (often preferred by older adults)</source>
        <translation>Au moins 45 secondes (souvent préféré des aînés)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hold each stretch for</source>
        <translation>&amp;Tenir chaque étirement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longer holds suit some people better, for example older adults. They apply to every routine except the bedtime calves and hamstrings, standing or seated. Those keep each hold at 10 seconds, as in the study they come from.</source>
        <translation>Des maintiens plus longs conviennent mieux à certaines personnes, par exemple aux personnes âgées. Ils s&apos;appliquent à tous les programmes sauf celui des mollets et ischio-jambiers au coucher, debout ou assis. Celui-ci garde chaque maintien à 10 secondes, comme dans l&apos;étude dont il vient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About hold times</source>
        <translation>À propos des durées de maintien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bedtime routine</source>
        <translation>Programme du coucher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime routine</source>
        <translation>Programme du &amp;coucher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break routine</source>
        <translation>Programme de pause étirements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tretch break routine</source>
        <translation>Programme de pa&amp;use étirements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Play a short sound at each step</source>
        <translation>&amp;Jouer un petit son à chaque étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a short sound at each step of a routine</source>
        <translation>Jouer un petit son à chaque étape d&apos;un programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;k the steps (Hold, Relax, Switch sides)</source>
        <translation>&amp;Dire les étapes à voix haute (Tenez, Relâchez, Changez de côté)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak the steps of a routine</source>
        <translation>Dire à voix haute les étapes d&apos;un programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound and speech are checked when a routine first plays.</source>
        <translation>Le son et la voix sont vérifiés la première fois qu&apos;un programme est lancé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound and speech</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad&amp;vanced: sound and speech on this computer</source>
        <translation>&amp;Avancé&#xa0;: son et voix sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I am pre&amp;gnant</source>
        <translation>Je suis &amp;enceinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Je suis enceinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch player and the cramp relief panel show what to check first in pregnancy.</source>
        <translation>Le lecteur d&apos;étirements et le panneau de soulagement des crampes indiquent ce qu&apos;il faut vérifier d&apos;abord pendant la grossesse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have ba&amp;lance problems or am unsteady on my feet</source>
        <translation>J&apos;ai des problèmes d&apos;équi&amp;libre ou je ne suis pas stable sur mes jambes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have balance problems or am unsteady on my feet</source>
        <translation>J&apos;ai des problèmes d&apos;équilibre ou je ne suis pas stable sur mes jambes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch and bedtime reminders open the seated versions of the routines.</source>
        <translation>Les rappels d&apos;étirement et du coucher ouvrent les versions assises des programmes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What this changes</source>
        <translation>Ce que cela change</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(missing: %1)</source>
        <translation>(manquant&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_dialog.py" line="+69"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Sections des réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>While you are busy</source>
        <translation>Pendant que vous êtes occupé</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Whe&amp;n</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otifications &amp;&amp; sound</source>
        <translation>N&amp;otifications &amp;&amp; son</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ro&amp;utines</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gener&amp;al</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the &amp;welcome again…</source>
        <translation>Relancer l&apos;&amp;accueil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the welcome again</source>
        <translation>Relancer l&apos;accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes Settings without saving and asks the first questions again.</source>
        <translation>Ferme les Réglages sans enregistrer et repose les premières questions.</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>remind every</source>
        <translation>rappeler toutes les</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>glass size</source>
        <translation>taille du verre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily goal</source>
        <translation>objectif du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet before bedtime</source>
        <translation>calme avant le coucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid limit</source>
        <translation>limite de liquides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bouger</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sitting time</source>
        <translation>temps assis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time away that counts as a break</source>
        <translation>temps d&apos;absence qui compte comme une pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>remind before</source>
        <translation>rappeler avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications &amp; sound</source>
        <translation>Notifications et son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close pop-ups after</source>
        <translation>fermer les fenêtres de rappel après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programs</source>
        <translation>programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hold each stretch for</source>
        <translation>tenir chaque étirement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Water: a %1 glass every %2 minutes adds up to more than %3 an hour. Choose a smaller glass or a longer interval.</source>
        <translation>Eau&#xa0;: un verre de %1 toutes les %2 minutes fait plus de %3 par heure. Choisissez un verre plus petit ou un intervalle plus long.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active hours on %1: a range starts and ends at the same time.</source>
        <translation>Heures actives le %1&#xa0;: une plage commence et finit à la même heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active hours on %1: use at most %2 ranges a day.</source>
        <translation>Heures actives le %1&#xa0;: utilisez au plus %2 plages par jour.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 must be between %3 and %4.</source>
        <translation>%1&#xa0;: %2 doit être entre %3 et %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 cannot be used.</source>
        <translation>%1&#xa0;: %2 ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_steps.py" line="+48"/>
        <source>Exercises in this routine, in order</source>
        <translation>Exercices de ce programme, dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it.</source>
        <translation>Ctrl+Haut et Ctrl+Bas déplacent l&apos;exercice sélectionné&#xa0;; Suppr l&apos;enlève.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;teps</source>
        <translation>Ét&amp;apes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise up</source>
        <translation>Monter l&apos;exercice sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise down</source>
        <translation>Descendre l&apos;exercice sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Enlever</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected exercise</source>
        <translation>Enlever l&apos;exercice sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+186"/>
        <source>Selected exercise</source>
        <translation>Exercice sélectionné</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Timing of the selected exercise</source>
        <translation>Minutage de l&apos;exercice sélectionné</translation>
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
        <translation>&amp;Tenir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold for how many seconds</source>
        <translation>Tenir combien de secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lax</source>
        <translation>Re&amp;lâcher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relax for how many seconds</source>
        <translation>Relâcher combien de secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;petitions</source>
        <translation>Ré&amp;pétitions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a movement, such as ankle pumps, how long to keep moving.</source>
        <translation>Pour un mouvement, comme les flexions des chevilles, combien de temps continuer à bouger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sid&amp;es</source>
        <translation>&amp;Côtés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exercise&apos;s own timing</source>
        <translation>Le minutage propre à l&apos;exercice</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left only</source>
        <translation>gauche seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right only</source>
        <translation>droite seulement</translation>
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
        <translation>Le minutage propre à l&apos;exercice&#xa0;: %1, relâcher %2 s.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left only</source>
        <translation>Gauche seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right only</source>
        <translation>Droite seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one-sided</source>
        <translation>Pas d&apos;un seul côté</translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="-302"/>
        <location line="+2"/>
        <location line="+165"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Cra&amp;mp now: what to do</source>
        <translation>Cra&amp;mpe maintenant&#xa0;: que faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp now: open the relief panel</source>
        <translation>Crampe maintenant&#xa0;: ouvrir le panneau de soulagement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last night: not answered yet.</source>
        <translation>La nuit dernière&#xa0;: pas encore de réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nswer now…</source>
        <translation>Répondre m&amp;aintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer how last night was</source>
        <translation>Dire comment s&apos;est passée la nuit dernière</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+145"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Water today</source>
        <translation>Eau aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water today against your goal</source>
        <translation>Eau aujourd&apos;hui par rapport à votre objectif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About your fluid limit today</source>
        <translation>À propos de votre limite de liquides aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Water is log only</source>
        <translation>L&apos;eau est seulement notée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Other amount…</source>
        <translation>Autre &amp;quantité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log another amount</source>
        <translation>Noter une autre quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo last drink</source>
        <translation>A&amp;nnuler la dernière boisson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last drink</source>
        <translation>Annuler la dernière boisson</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting</source>
        <translation>Position assise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting now</source>
        <translation>Assis en ce moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting time today</source>
        <translation>Temps assis aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks today</source>
        <translation>Pauses aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders today</source>
        <translation>Rappels aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders today by kind and answer</source>
        <translation>Rappels aujourd&apos;hui par type et par réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>next</source>
        <translation>prochain</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Pause 1 hour</source>
        <translation>&amp;Pause 1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders for one hour</source>
        <translation>Suspendre les rappels pendant une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Spasm Desktop</source>
        <translation>Quitter Spasm &amp;Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Spasm Desktop</source>
        <translation>Quitter Spasm Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iary…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp diary</source>
        <translation>Journal des crampes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and charts</source>
        <translation>Historique et graphiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>&amp;Infos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn about cramps</source>
        <translation>En savoir plus sur les crampes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Water (log only)</source>
        <translation>Eau (seulement notée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;drink (%1)</source>
        <translation>Noter une &amp;boisson (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a drink of %1</source>
        <translation>Noter une boisson de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;glass (%1)</source>
        <translation>Noter un &amp;verre (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a glass of %1</source>
        <translation>Noter un verre de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log only (fluid limit)</source>
        <translation>seulement notée (limite de liquides)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two-week log running, until the night of %1.</source>
        <translation>Suivi de deux semaines en cours, jusqu&apos;à la nuit du %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders are paused until %1.</source>
        <translation>Les rappels sont en pause jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting time today: %1</source>
        <translation>Temps assis aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks today: %1 on your own, %2 after a reminder</source>
        <translation>Pauses aujourd&apos;hui&#xa0;: %1 de vous-même, %2 après un rappel</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="+126"/>
        <source>Spasm Desktop menu</source>
        <translation>Menu de Spasm Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;drink</source>
        <translation>Noter une &amp;boisson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause reminders</source>
        <translation>Su&amp;spendre les rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;My record</source>
        <translation>&amp;Mon historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Str&amp;etch now</source>
        <translation>S&apos;ét&amp;irer maintenant</translation>
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
        <translation>En pause jusqu&apos;à demain, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>En pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <comment>kind: time</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders held until you resume them</source>
        <translation>Rappels retenus jusqu&apos;à ce que vous les repreniez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders held until %1</source>
        <translation>Rappels retenus jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders wait: %1</source>
        <translation>Les rappels attendent&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Water today: %1 (your limit: %2)</source>
        <translation>Eau aujourd&apos;hui&#xa0;: %1 (votre limite&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water today: %1</source>
        <translation>Eau aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2</source>
        <translation>Eau aujourd&apos;hui&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No reminders scheduled</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next reminder: %1, %2</source>
        <comment>kind, time</comment>
        <translation>Prochain rappel&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Cramp now…</source>
        <translation>&amp;Crampe maintenant…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick help for a cramp that is happening now</source>
        <translation>Aide rapide pour une crampe en cours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer the reminder…</source>
        <translation>&amp;Répondre au rappel…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Today</source>
        <translation>Ouvrir Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min</source>
        <comment>length of a routine</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
        <translation>Créer ou modifier un pro&amp;gramme…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Today…</source>
        <translation>&amp;Aujourd&apos;hui…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp d&amp;iary…</source>
        <translation>&amp;Journal des crampes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History and charts…</source>
        <translation>&amp;Historique et graphiques…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;profile and medicines…</source>
        <translation>&amp;Profil de santé et médicaments…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;data: report, export, backups…</source>
        <translation>Vos &amp;données&#xa0;: rapport, export, sauvegardes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Learn about cramps…</source>
        <translation>En savoir p&amp;lus sur les crampes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Réglag&amp;es…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A glass (%1)</source>
        <translation>Un verre (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other amount…</source>
        <translation>Autre quantité…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders that come due meanwhile are skipped.</source>
        <translation>Les rappels qui arrivent entre-temps sont passés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;15 minutes</source>
        <translation>Pendant &amp;15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;30 minutes</source>
        <translation>Pendant &amp;30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 h&amp;our</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;2 hours</source>
        <translation>Pendant &amp;2 heures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu&apos;à &amp;demain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb: reminders that come due meanwhile wait, and come when it ends.</source>
        <translation>Ne pas déranger&#xa0;: les rappels qui arrivent entre-temps attendent et viennent à la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hold for 1 hour, then show what I missed</source>
        <translation>Re&amp;tenir pendant 1 heure, puis montrer ce que j&apos;ai manqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold until I &amp;resume, then show what I missed</source>
        <translation>Retenir jusqu&apos;à ce que je &amp;reprenne, puis montrer ce que j&apos;ai manqué</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>&amp;Reprendre les rappels (en pause jusqu&apos;à %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume reminders (held until %1)</source>
        <translation>&amp;Reprendre les rappels (retenus jusqu&apos;à %1)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Resume reminders (held until you resume them)</source>
        <translation>&amp;Reprendre les rappels (retenus jusqu&apos;à ce que vous les repreniez)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hot day: off, your fluid limit comes first</source>
        <translation>Jour de chaleur&#xa0;: désactivé, votre limite de liquides passe avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a fluid limit set by a clinician, a hot day never raises anything.</source>
        <translation>Avec une limite de liquides fixée par un soignant, un jour de chaleur n&apos;augmente jamais rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hot day or workout day (today)</source>
        <translation>Jour de chaleur ou de spor&amp;t (aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tips for the heat; your reminders come as usual.</source>
        <translation>Conseils pour la chaleur&#xa0;; vos rappels arrivent comme d&apos;habitude.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raises today&apos;s water goal; back to normal tomorrow.</source>
        <translation>Augmente l&apos;objectif d&apos;eau du jour&#xa0;; retour à la normale demain.</translation>
    </message>
</context>
<context>
    <name>TwoWeekLogBox</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="+68"/>
        <source>Two-week log for an appointment</source>
        <translation>Suivi de deux semaines pour un rendez-vous</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>&amp;Keep a two-week log</source>
        <translation>&amp;Lancer un suivi de deux semaines</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Keep a two-week log: the app asks about each of the next 14 nights</source>
        <translation>Lancer un suivi de deux semaines&#xa0;: l&apos;application vous interroge sur chacune des 14 prochaines nuits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report of &amp;these 14 days</source>
        <translation>Rapport de ces 14 &amp;jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the report to the 14 days of the log</source>
        <translation>Régler le rapport sur les 14 jours du suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the &amp;log</source>
        <translation>Arrêter le sui&amp;vi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the two-week log; what you answered stays in your record</source>
        <translation>Arrêter le suivi de deux semaines&#xa0;; vos réponses restent dans votre historique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your two-week log of the nights from %1 to %2 is complete: %3 of 14 nights recorded. The report of those 14 days is ready to save.</source>
        <translation>Votre suivi de deux semaines des nuits du %1 au %2 est terminé, nuits notées&#xa0;: %3 sur 14. Le rapport de ces 14 jours est prêt à être enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a &amp;new log</source>
        <translation>&amp;Lancer un nouveau suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-week log running: the nights from %1 to %2. Each morning the app asks how the night was, even if the morning check-in is turned off. So far %3 of them recorded.</source>
        <translation>Suivi de deux semaines en cours&#xa0;: les nuits du %1 au %2. Chaque matin, l&apos;application demande comment s&apos;est passée la nuit, même si le point du matin est désactivé. Nuits notées jusqu&apos;ici&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For 14 nights the app asks each morning how the night was: how many cramps, how long the longest lasted, the worst pain and how much they disturbed your sleep. Then the report shows exactly those two weeks.</source>
        <translation>Pendant 14 nuits, l&apos;application vous demande chaque matin comment s&apos;est passée la nuit&#xa0;: combien de crampes, la durée de la plus longue, la pire douleur et à quel point elles ont gêné votre sommeil. Le rapport montre ensuite exactement ces deux semaines.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your record is new, so a report has no nights to show yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation>Votre historique est nouveau, un rapport n&apos;a donc encore aucune nuit à montrer. Vous voyez bientôt un soignant&#xa0;? Un suivi de deux semaines donne au rapport 14 nuits notées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 of the last 14 nights are recorded, so a report would mostly say “not recorded”. Seeing a clinician soon? Keep a two-week log first.</source>
        <translation>Nuits notées parmi les 14 dernières&#xa0;: seulement %1, un rapport dirait donc surtout «&#xa0;non noté&#xa0;». Vous voyez bientôt un soignant&#xa0;? Faites d&apos;abord un suivi de deux semaines.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/undo.py" line="+36"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo with %1.</source>
        <translation>Annuler avec %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/welcome.py" line="+105"/>
        <location line="+116"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Welcome to Spasm Desktop</source>
        <translation>Bienvenue dans Spasm Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip setup</source>
        <translation>Passer la confi&amp;guration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the standard settings. You can change them any time in Settings.</source>
        <translation>Garder les réglages standard. Vous pouvez les changer à tout moment dans Réglages.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip setup and keep the standard settings</source>
        <translation>Passer la configuration et garder les réglages standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and save</source>
        <translation>Terminer et enregistrer</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>What this app does, and what it does not do.</source>
        <translation>Ce que fait cette application, et ce qu&apos;elle ne fait pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spasm Desktop reminds you to drink water, to stretch, to get up after sitting for a while and to do your bedtime stretches. It guides you through the stretches, and its cramp relief panel helps when a cramp strikes.</source>
        <translation>Spasm Desktop vous rappelle de boire de l&apos;eau, de vous étirer, de vous lever après être resté assis un moment et de faire vos étirements du coucher. Il vous guide pendant les étirements, et son panneau de soulagement des crampes vous aide quand une crampe survient.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It does not diagnose, treat or cure anything, and it cannot tell a harmless cramp from a sign of another health problem. If you are worried, contact a healthcare provider.</source>
        <translation>Il ne pose pas de diagnostic, ne traite et ne guérit rien, et il ne peut pas distinguer une crampe sans gravité d&apos;un signe d&apos;un autre problème de santé. Si vous êtes inquiet, contactez un professionnel de santé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A few questions follow to set up your reminders. Every step can be skipped, nothing is saved until you finish, and you can run this again from Settings.</source>
        <translation>Quelques questions suivent pour régler vos rappels. Chaque étape peut être passée, rien n&apos;est enregistré avant la fin, et vous pouvez relancer cet accueil depuis les Réglages.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What describes you?</source>
        <translation>Qu&apos;est-ce qui vous correspond&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick any that apply, or none. You can change all of this later in Settings.</source>
        <translation>Cochez ce qui s&apos;applique, ou rien. Vous pourrez tout changer plus tard dans les Réglages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I sit at a &amp;desk most of the day</source>
        <translation>Je suis assis à un &amp;bureau la plupart de la journée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk work</source>
        <translation>Travail de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I e&amp;xercise hard or play sports</source>
        <translation>Je fais beaucoup d&apos;e&amp;xercice ou du sport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard exercise</source>
        <translation>Exercice intense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;over 65</source>
        <translation>J&apos;ai plus de 65 &amp;ans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over 65</source>
        <translation>Plus de 65 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;pregnant</source>
        <translation>Je suis &amp;enceinte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Night-time leg &amp;cramps wake me up</source>
        <translation>Des &amp;crampes nocturnes aux jambes me réveillent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken by night-time leg cramps</source>
        <translation>Réveillé par des crampes nocturnes aux jambes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have balance problems or am &amp;unsteady on my feet</source>
        <translation>J&apos;ai des problèmes d&apos;é&amp;quilibre ou je ne suis pas stable sur mes jambes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance problems or unsteady on my feet</source>
        <translation>Problèmes d&apos;équilibre ou instable sur mes jambes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pregnancy caution</source>
        <translation>Précaution grossesse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What your answers change</source>
        <translation>Ce que vos réponses changent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your day</source>
        <translation>Votre journée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water, stretch and move reminders come only during these hours. For different hours on different days, use Settings later.</source>
        <translation>Les rappels pour l&apos;eau, les étirements et le mouvement n&apos;arrivent que pendant ces heures. Pour des heures différentes selon les jours, utilisez plus tard les Réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;work</source>
        <translation>Je &amp;travaille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work</source>
        <translation>Je travaille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation>Je ne travaille pas / je suis à la &amp;retraite&#xa0;: rappels tous les jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation>Je ne travaille pas ou je suis à la retraite&#xa0;: rappels tous les jours</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I work on %1</source>
        <translation>Je travaille le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wor&amp;k days</source>
        <translation>&amp;Jours de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work starts at</source>
        <translation>Le travail commence à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work ends at</source>
        <translation>Le travail finit à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day from</source>
        <translation>Rappels tous les jours à partir de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day until</source>
        <translation>Rappels tous les jours jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual bedtime</source>
        <translation>Heure habituelle du coucher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work s&amp;tarts at</source>
        <translation>Le travail &amp;commence à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;ends at</source>
        <translation>Le travail &amp;finit à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders f&amp;rom</source>
        <translation>Rappels à partir &amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders &amp;until</source>
        <translation>Rappels &amp;jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual be&amp;dtime</source>
        <translation>Heure habituelle du co&amp;ucher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders cannot start and end at the same time.</source>
        <translation>Les rappels ne peuvent pas commencer et finir à la même heure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the working hours</source>
        <translation>Problème avec les heures de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water reminders stop a while before bedtime. An end time earlier than the start means past midnight.</source>
        <translation>Les rappels pour l&apos;eau s&apos;arrêtent un moment avant le coucher. Une heure de fin plus tôt que le début veut dire après minuit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The water reminder suggests one glass at a time. A daily goal is optional.</source>
        <translation>Le rappel pour l&apos;eau propose un verre à la fois. Un objectif par jour est facultatif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume unit</source>
        <translation>Unité de volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation>Millilitres (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>Onces liquides américaines (fl oz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily water goal</source>
        <translation>Objectif d&apos;eau par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glass size</source>
        <translation>Taille du verre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid limit per day</source>
        <translation>Limite de liquides par jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;lass size</source>
        <translation>Taille du &amp;verre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily &amp;goal</source>
        <translation>&amp;Objectif du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation>Fixer un objectif d&apos;eau par jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About daily goals</source>
        <translation>À propos des objectifs par jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A doctor has told me I have &amp;heart or kidney disease</source>
        <translation>Un médecin m&apos;a dit que j&apos;ai une maladie du &amp;cœur ou des reins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A doctor has told me I have heart or kidney disease</source>
        <translation>Un médecin m&apos;a dit que j&apos;ai une maladie du cœur ou des reins</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you have a fluid limit?</source>
        <translation>Avez-vous une limite de liquides&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a fluid limit matters</source>
        <translation>Pourquoi une limite de liquides est importante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;clinician gave me a fluid limit</source>
        <translation>Un soignant m&apos;a &amp;donné une limite de liquides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician gave me a fluid limit</source>
        <translation>Un soignant m&apos;a donné une limite de liquides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fluid li&amp;mit per day</source>
        <translation>Par &amp;jour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Water is log only</source>
        <translation>L&apos;eau est seulement notée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About fluid limits</source>
        <translation>À propos des limites de liquides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders only come while the app runs. It sits quietly in the tray.</source>
        <translation>Les rappels n&apos;arrivent que lorsque l&apos;application tourne. Elle reste discrètement dans la zone de notification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes, start it when I log in</source>
        <translation>&amp;Oui, la démarrer quand j&apos;ouvre ma session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: yes</source>
        <translation>Démarrer à l&apos;ouverture de session&#xa0;: oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o, I will start it myself</source>
        <translation>&amp;Non, je la démarrerai moi-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: no</source>
        <translation>Démarrer à l&apos;ouverture de session&#xa0;: non</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The app&apos;s icon is in the notification area at the right end of the taskbar, next to the clock. If you do not see it, click the small arrow there.</source>
        <translation>L&apos;icône de l&apos;application se trouve dans la zone de notification, à droite de la barre des tâches, près de l&apos;horloge. Si vous ne la voyez pas, cliquez sur la petite flèche à cet endroit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s icon is in the menu bar at the top right of the screen.</source>
        <translation>L&apos;icône de l&apos;application se trouve dans la barre des menus, en haut à droite de l&apos;écran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s icon is in your desktop&apos;s panel or system tray, usually near the clock. Some desktops show tray icons only with an extension (on GNOME, AppIndicator).</source>
        <translation>L&apos;icône de l&apos;application se trouve dans le panneau de votre bureau ou la zone de notification, en général près de l&apos;horloge. Certains bureaux n&apos;affichent ces icônes qu&apos;avec une extension (sous GNOME, AppIndicator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You&apos;re set</source>
        <translation>C&apos;est prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to find the app, and how to pause it.</source>
        <translation>Où trouver l&apos;application, et comment la mettre en pause.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s tray icon</source>
        <translation>L&apos;icône de l&apos;application dans la zone de notification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the icon to see today&apos;s reminders. Right-click it for the menu: choose Pause to hold every reminder for a while, Settings to change anything you chose here.</source>
        <translation>Cliquez sur l&apos;icône pour voir les rappels du jour. Faites un clic droit pour le menu&#xa0;: choisissez Suspendre pour retenir tous les rappels un moment, ou Réglages pour changer ce que vous avez choisi ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reminder pops up near the tray with buttons to say you did it, to snooze it or to skip it.</source>
        <translation>Un rappel s&apos;affiche près de la zone de notification, avec des boutons pour dire que vous l&apos;avez fait, pour le reporter ou pour le passer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show me a s&amp;ample reminder</source>
        <translation>Me montrer un &amp;exemple de rappel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a sample reminder now</source>
        <translation>Montrer un exemple de rappel maintenant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Finish to save your answers.</source>
        <translation>Appuyez sur Terminer pour enregistrer vos réponses.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reminder to get up after 30 minutes of sitting, and desk stretches.</source>
        <translation>Un rappel pour vous lever après 30 minutes assis, et des étirements au bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretches are held for at least 30 seconds.</source>
        <translation>Les étirements sont tenus au moins 30 secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bedtime reminder for calf and hamstring stretches, which may help reduce night cramps for some people.</source>
        <translation>Un rappel au coucher pour des étirements des mollets et des ischio-jambiers, qui peuvent aider certaines personnes à réduire les crampes nocturnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app remembers this: the stretch player and the cramp relief panel show what to check first when you are pregnant.</source>
        <translation>L&apos;application s&apos;en souvient&#xa0;: le lecteur d&apos;étirements et le panneau de soulagement des crampes indiquent ce qu&apos;il faut vérifier d&apos;abord pendant la grossesse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch and bedtime reminders open the seated versions, sitting on a chair or the bed. Standing steps say to hold on to something fixed.</source>
        <translation>Les rappels d&apos;étirement et du coucher ouvrent les versions assises, sur une chaise ou sur le lit. Les étapes debout disent de se tenir à quelque chose de fixe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reminders keep their standard settings.</source>
        <translation>Vos rappels gardent leurs réglages standard.</translation>
    </message>
</context>
<context>
    <name>YourData</name>
    <message>
        <source>%Ln cramp episode(s)</source>
        <extracomment>A wait cursor, with the window&apos;s controls disabled, while working (given by the window). The order tables are named in messages (tables not listed follow, in backup.TABLES order).</extracomment>
        <translation type="vanished">%Ln épisode(s) de crampe</translation>
    </message>
    <message>
        <source>%Ln drink(s)</source>
        <translation type="vanished">%Ln boisson(s)</translation>
    </message>
    <message>
        <source>%Ln guided routine(s)</source>
        <translation type="vanished">%Ln programme(s) guidé(s)</translation>
    </message>
    <message>
        <source>%Ln break(s) from sitting</source>
        <translation type="vanished">%Ln pause(s) de position assise</translation>
    </message>
    <message>
        <source>%Ln reminder record(s)</source>
        <translation type="vanished">%Ln relevé(s) de rappel</translation>
    </message>
    <message>
        <source>%Ln medicine(s)</source>
        <translation type="vanished">%Ln médicament(s)</translation>
    </message>
    <message>
        <source>%Ln health profile answer(s)</source>
        <translation type="vanished">%Ln réponse(s) du profil de santé</translation>
    </message>
    <message>
        <source>the water goal of %Ln day(s)</source>
        <translation type="vanished">l&apos;objectif d&apos;eau de %Ln jour(s)</translation>
    </message>
    <message>
        <source>%Ln record(s) of “%1”</source>
        <translation type="vanished">%Ln relevé(s) de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="+67"/>
        <source>no records</source>
        <translation>aucun relevé</translation>
    </message>
    <message>
        <source>…and %Ln more problem(s).</source>
        <translation type="vanished">…et %Ln autre(s) problème(s).</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not open the folder %1.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1.</translation>
    </message>
</context>
<context>
    <name>YourDataWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data.py" line="+63"/>
        <location line="+2"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Your data sections</source>
        <translation>Sections de vos données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;int a bedside sheet…</source>
        <translation>&amp;Imprimer une fiche de chevet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a bedside sheet to print</source>
        <translation>Enregistrer une fiche de chevet à imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two weeks on one page, in large print, to write your nights on</source>
        <translation>Deux semaines sur une page, en gros caractères, pour y écrire vos nuits</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>bedside-sheet.pdf</source>
        <translation>fiche-de-chevet.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the bedside sheet</source>
        <translation>Enregistrer la fiche de chevet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the bedside sheet: %1</source>
        <translation>Impossible d&apos;enregistrer la fiche de chevet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the bedside sheet as %1. Print it and keep it by your bed.</source>
        <translation>Fiche de chevet enregistrée sous %1. Imprimez-la et gardez-la près de votre lit.</translation>
    </message>
</context>
<context>
    <name>_DayEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="-140"/>
        <source>Day off</source>
        <translation>Jour de repos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off</source>
        <translation>%1&#xa0;: jour de repos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Ajouter des heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add more hours on %1</source>
        <translation>Ajouter d&apos;autres heures le %1</translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <location line="-37"/>
        <source>%1: reminders from</source>
        <translation>%1&#xa0;: rappels à partir de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: until</source>
        <translation>%1&#xa0;: jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these hours on %1</source>
        <translation>Enlever ces heures le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../spasm_desktop/cli.py" line="+333"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bouger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused until %1</source>
        <translation>En pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>off</source>
        <comment>a reminder that is switched off</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting: not detected here (the move reminder counts clock time)</source>
        <translation>Position assise&#xa0;: non détectée ici (le rappel pour bouger compte le temps écoulé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting for %1 min (%2 min today)</source>
        <translation>Assis depuis %1 min (%2 min aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb is on</source>
        <translation>Ne pas déranger est activé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back until you are free: %1</source>
        <translation>Retenus jusqu&apos;à ce que vous soyez libre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the app is not running: these times apply once it starts)</source>
        <translation>(l&apos;application n&apos;est pas lancée&#xa0;: ces heures s&apos;appliqueront dès son démarrage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the app is running but did not answer in time, as it may be busy: this was read from your records)</source>
        <translation>(l&apos;application est lancée mais n&apos;a pas répondu à temps, elle est peut-être occupée&#xa0;: ceci a été lu dans vos relevés)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Water today: %1 ml logged; your fluid limit is %2 ml (log only)</source>
        <translation>Eau aujourd&apos;hui&#xa0;: %1 ml notés&#xa0;; votre limite de liquides est de %2 ml (seulement notée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation>Vous avez atteint la limite fixée par votre soignant pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation>Vous êtes proche de la limite fixée par votre soignant pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water today: %1 ml (no daily goal set)</source>
        <translation>Eau aujourd&apos;hui&#xa0;: %1 ml (pas d&apos;objectif quotidien fixé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2 ml</source>
        <translation>Eau aujourd&apos;hui&#xa0;: %1 sur %2 ml</translation>
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
        <translation>Noté&#xa0;: %1. Retenu par l&apos;application en cours&#xa0;; il sera enregistré dès que la base de données sera libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Logged %1.</source>
        <comment>a drink</comment>
        <translation>Noté&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Logged %1 (Spasm Desktop was busy; it will not log it a second time).</source>
        <translation>Noté&#xa0;: %1 (Spasm Desktop était occupé&#xa0;; il ne le notera pas une seconde fois).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spasm Desktop is busy and the records are locked: your drink of %1 is held by the running app; it will be saved when the database is free.</source>
        <translation>Spasm Desktop est occupé et les relevés sont verrouillés&#xa0;: votre boisson de %1 est retenue par l&apos;application en cours&#xa0;; elle sera enregistrée dès que la base de données sera libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: could not write to the records database; nothing was saved</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire dans la base de données des relevés&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/data_commands.py" line="+194"/>
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n crampe</numerusform>
            <numerusform>%n crampes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the report of %1 to %2 (%3, %4) to %5.</source>
        <comment>%3 the cramps, %4 the pages</comment>
        <translation>Rapport du %1 au %2 (%3, %4) écrit dans %5.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>drinks</source>
        <translation>boissons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation>crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation>pauses de position assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation>programmes d&apos;étirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>médicaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation>profil de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation>objectifs d&apos;eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation>réponses au point du matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation>minuteurs des rappels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %1: %2</source>
        <comment>kind of records: how many</comment>
        <translation>  %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error: %1 is not a backup that can be imported:</source>
        <translation>erreur&#xa0;: %1 n&apos;est pas une sauvegarde qui peut être importée&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  ... and %n more problem(s)</source>
        <translation>
            <numerusform>  ... et %n autre problème</numerusform>
            <numerusform>  ... et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+109"/>
        <location line="+77"/>
        <source>error: cannot read the records: %1</source>
        <translation>erreur&#xa0;: impossible de lire les relevés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>error: --from is after --to</source>
        <translation>erreur&#xa0;: --from est après --to</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n relevé exporté vers %1.</numerusform>
            <numerusform>%n relevés exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write into %1: it is not a folder</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; add --force to overwrite</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --force pour l&apos;écraser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has CSV files; add --force to overwrite</source>
        <translation>%1 contient déjà des fichiers CSV&#xa0;; ajoutez --force pour les écraser</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>error: Spasm Desktop is running, so its settings are not changed from here: quit it first, or restore in the app (My record → Your data → Restore)</source>
        <translation>erreur&#xa0;: Spasm Desktop est en cours d&apos;exécution, ses réglages ne sont donc pas modifiés d&apos;ici&#xa0;: quittez-le d&apos;abord, ou restaurez dans l&apos;application (Mon historique → Vos données → Restaurer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This installation still has its first settings: add --settings to take the backup&apos;s settings too. Without it, your settings are kept.</source>
        <translation>Cette installation a encore ses premiers réglages&#xa0;: ajoutez --settings pour prendre aussi les réglages de la sauvegarde. Sans cette option, vos réglages sont gardés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s settings differ from yours; your settings are kept.</source>
        <translation>Les réglages de la sauvegarde diffèrent des vôtres&#xa0;; vos réglages sont gardés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the backup is already here.</source>
        <translation>Rien à ajouter&#xa0;: tout ce qui est dans la sauvegarde est déjà là.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This will add %n record(s):</source>
        <translation>
            <numerusform>%n relevé sera ajouté&#xa0;:</numerusform>
            <numerusform>%n relevés seront ajoutés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This will also take the backup&apos;s settings.</source>
        <translation>Les réglages de la sauvegarde seront pris aussi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: could not add the records (nothing changed): %1</source>
        <translation>erreur&#xa0;: impossible d&apos;ajouter les relevés (rien n&apos;a changé)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n record(s).</source>
        <translation>
            <numerusform>%n relevé ajouté.</numerusform>
            <numerusform>%n relevés ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: not a terminal, so not asking; add --yes to import</source>
        <translation>erreur&#xa0;: pas un terminal, donc pas de question&#xa0;; ajoutez --yes pour importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <comment>the short answer yes, as in [y/N]</comment>
        <translation>o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <comment>the answer yes to a question on the command line</comment>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these records? [%1/N] </source>
        <translation>Ajouter ces relevés&#xa0;? [%1/N] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the settings? [%1/N] </source>
        <translation>Prendre les réglages&#xa0;? [%1/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: could not write the settings: %1</source>
        <translation>erreur&#xa0;: impossible d&apos;écrire les réglages&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took the backup&apos;s settings (%1).</source>
        <translation>Réglages de la sauvegarde pris (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They start Spasm Desktop at login: to have that on this computer too, open Settings in the app and save them once.</source>
        <translation>Ces réglages démarrent Spasm Desktop à l&apos;ouverture de session&#xa0;: pour que cela se fasse aussi sur cet ordinateur, ouvrez les Réglages dans l&apos;application et enregistrez-les une fois.</translation>
    </message>
</context>
<context>
    <name>data:exercises/ankle-pumps.json</name>
    <message>
        <location filename="../../scripts/i18n/data_texts.py" line="+9"/>
        <source>Ankle pumps</source>
        <extracomment>name</extracomment>
        <translation>Flexions des chevilles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation>mollets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shins</source>
        <extracomment>muscles[1]</extracomment>
        <translation>tibias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair with your legs a little out in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous sur une chaise, les jambes un peu tendues devant vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your feet down, then pull them up toward you, again and again, at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Pointez les pieds vers le bas, puis ramenez-les vers vous, encore et encore, à un rythme tranquille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your feet on the floor.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Posez les pieds sur le sol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
</context>
<context>
    <name>data:exercises/calf-raises.json</name>
    <message>
        <location line="+2"/>
        <source>Calf raises</source>
        <extracomment>name</extracomment>
        <translation>Montées sur la pointe des pieds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation>mollets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall or a heavy desk, feet flat, and rest both hands on it.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Tenez-vous debout face à un mur ou à un bureau lourd, les pieds à plat, et posez les deux mains dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rise slowly onto your toes, then lower your heels slowly. Keep going at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Montez lentement sur la pointe des pieds, puis redescendez lentement les talons. Continuez à un rythme tranquille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand on flat feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Tenez-vous debout, les pieds à plat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Tenez-vous à quelque chose de fixe&#xa0;: un mur, un cadre de lit ou une table lourde. Jamais à une chaise à roulettes.</translation>
    </message>
</context>
<context>
    <name>data:exercises/chair-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch on a chair</source>
        <extracomment>name</extracomment>
        <translation>Étirement des ischio-jambiers assis sur une chaise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>arrière de la cuisse (ischio-jambiers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit near the front edge of a chair that cannot roll.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous près du bord avant d&apos;une chaise qui ne peut pas rouler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the stretching leg out straight, heel on the floor and toes up; keep the other foot flat.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Tendez la jambe à étirer, le talon au sol et les orteils vers le haut&#xa0;; gardez l&apos;autre pied à plat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back until the back of the straight thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Penchez-vous en avant à partir des hanches, le dos bien droit, jusqu&apos;à sentir l&apos;étirement à l&apos;arrière de la cuisse tendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Redressez-vous et relâchez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a chair without wheels, so it cannot roll away.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Utilisez une chaise sans roulettes, pour qu&apos;elle ne puisse pas s&apos;éloigner en roulant.</translation>
    </message>
</context>
<context>
    <name>data:exercises/childs-pose.json</name>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose</source>
        <extracomment>name</extracomment>
        <translation>Posture de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation>bas du dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a mat or the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Mettez-vous à genoux sur un tapis ou sur le lit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit back toward your heels and reach your arms forward along the floor.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Asseyez-vous en arrière vers vos talons et allongez les bras devant vous sur le sol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your back round gently and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Laissez votre dos s&apos;arrondir doucement et respirez lentement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back up to kneeling, slowly.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Revenez lentement à genoux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
</context>
<context>
    <name>data:exercises/hand-press.json</name>
    <message>
        <location line="+2"/>
        <source>Hand and finger stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement des mains et des doigts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>palm and fingers</source>
        <extracomment>muscles[0]</extracomment>
        <translation>paume et doigts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forearm</source>
        <extracomment>muscles[1]</extracomment>
        <translation>avant-bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or stand at a table, or stand at a wall. Stop what you are doing with the hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous ou tenez-vous debout devant une table, ou debout face à un mur. Arrêtez ce que vous faites avec la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the hand and spread the fingers.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Ouvrez la main et écartez les doigts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the palm and fingers flat against a table or a wall until you feel a gentle stretch.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Appuyez la paume et les doigts à plat contre une table ou un mur jusqu&apos;à sentir un léger étirement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the hand and shake it loose.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Soulevez la main et secouez-la pour la détendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
</context>
<context>
    <name>data:exercises/hip-flexor.json</name>
    <message>
        <location line="+2"/>
        <source>Kneeling hip stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement de la hanche à genou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the hip (hip flexors)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>avant de la hanche (fléchisseurs de la hanche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a cushion on the stretching side, with the other foot flat on the floor in front and that knee bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Mettez le genou du côté à étirer sur un coussin, l&apos;autre pied à plat sur le sol devant vous, ce genou plié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your body upright and tuck your pelvis under.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Gardez le buste droit et basculez le bassin vers l&apos;avant en rentrant les fesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift your weight gently forward until the front of the hip stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Avancez doucement votre poids jusqu&apos;à sentir l&apos;étirement à l&apos;avant de la hanche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift back and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Revenez en arrière et relâchez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If kneeling hurts, do it as a standing lunge, holding on to a wall or a heavy table.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Si être à genou fait mal, faites-le debout en fente avant, en vous tenant à un mur ou à une table lourde.</translation>
    </message>
</context>
<context>
    <name>data:exercises/knees-to-chest.json</name>
    <message>
        <location line="+2"/>
        <source>Knees to chest</source>
        <extracomment>name</extracomment>
        <translation>Genoux vers la poitrine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation>bas du dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buttocks</source>
        <extracomment>muscles[1]</extracomment>
        <translation>fesses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back on a mat or the bed, knees bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Allongez-vous sur le dos sur un tapis ou sur le lit, genoux pliés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hug both knees gently toward your chest and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Ramenez doucement les deux genoux vers votre poitrine en les entourant de vos bras, et respirez lentement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower your feet back down.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Reposez les pieds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
</context>
<context>
    <name>data:exercises/lying-lengthen.json</name>
    <message>
        <location line="+2"/>
        <source>Lying full-body lengthen</source>
        <extracomment>name</extracomment>
        <translation>Allongement du corps entier, allongé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belly</source>
        <extracomment>muscles[0]</extracomment>
        <translation>ventre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back with your legs straight.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Allongez-vous sur le dos, les jambes tendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your arms overhead.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Passez les bras au-dessus de la tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach long through your fingers and toes, breathing slowly and deeply.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Étirez-vous en longueur jusqu&apos;au bout des doigts et des orteils, en respirant lentement et profondément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go and rest your arms by your sides.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Relâchez et reposez les bras le long du corps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
</context>
<context>
    <name>data:exercises/neck-side-tilt.json</name>
    <message>
        <location line="+2"/>
        <source>Neck side stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement latéral du cou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side of the neck</source>
        <extracomment>muscles[0]</extracomment>
        <translation>côté du cou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders drop and relax.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous bien droit et laissez vos épaules descendre et se détendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt your head so the ear moves toward the opposite shoulder, until you feel a mild pull along the side of the neck. Don&apos;t force it.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Penchez la tête pour que l&apos;oreille se rapproche de l&apos;épaule opposée, jusqu&apos;à sentir une légère traction sur le côté du cou. Ne forcez pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring your head back to the middle.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Ramenez la tête au centre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in the arm.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si le mouvement provoque une douleur vive ou des fourmillements dans le bras.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Seated foot and toe stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement du pied et des orteils, assis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sole of the foot (arch)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>plante du pied (voûte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toes</source>
        <extracomment>muscles[1]</extracomment>
        <translation>orteils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair or the edge of the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous sur une chaise ou au bord du lit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross the stretching foot over the opposite knee.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Posez le pied à étirer sur le genou opposé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes back toward the shin with your hand until the arch stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Tirez vos orteils vers le tibia avec la main jusqu&apos;à sentir l&apos;étirement sous la voûte du pied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the toes and relax the foot.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lâchez les orteils et détendez le pied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Un étirement de confort facultatif&#xa0;: aucune étude ne l&apos;a testé spécifiquement contre les crampes.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement des ischio-jambiers assis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>arrière de la cuisse (ischio-jambiers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous sur le lit ou au sol, la jambe à étirer tendue devant vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the other knee and rest that foot against the inside of the straight leg.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Pliez l&apos;autre genou et posez ce pied contre l&apos;intérieur de la jambe tendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back, reaching toward your ankle, until the back of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Penchez-vous en avant à partir des hanches, le dos bien droit, en allant vers votre cheville, jusqu&apos;à sentir l&apos;étirement à l&apos;arrière de la cuisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Redressez-vous et relâchez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Bougez lentement et sans à-coups.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-towel-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Seated towel calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement du mollet assis avec serviette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf</source>
        <extracomment>muscles[0]</extracomment>
        <translation>mollet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Asseyez-vous sur le lit ou au sol, la jambe à étirer tendue devant vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop a towel, strap or sheet around the ball of the foot and hold both ends.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Passez une serviette, une sangle ou un drap autour de l&apos;avant de la plante du pied et tenez les deux bouts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gently draw your toes toward you with the towel until the calf stretches firmly. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Avec la serviette, tirez doucement vos orteils vers vous jusqu&apos;à sentir un étirement franc du mollet. Continuez à respirer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ease off the towel and let the foot relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Relâchez la serviette et laissez le pied se détendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Bougez lentement et sans à-coups.</translation>
    </message>
</context>
<context>
    <name>data:exercises/side-lying-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Side-lying thigh stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement de la cuisse, allongé sur le côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>devant de la cuisse (quadriceps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your side on the bed or a mat, the stretching leg on top.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Allongez-vous sur le côté sur le lit ou un tapis, la jambe à étirer au-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm. Keep the lower leg straight or a little bent.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Posez la tête sur votre bras du dessous. Gardez la jambe du dessous tendue ou un peu pliée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the top knee and hold that ankle with your top hand. Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Pliez le genou du dessus et tenez cette cheville avec la main du dessus. Amenez le talon vers la fesse, genoux serrés, jusqu&apos;à sentir l&apos;étirement à l&apos;avant de la cuisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the ankle slowly and straighten the leg.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Lâchez lentement la cheville et tendez la jambe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Bougez lentement et sans à-coups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach your ankle? Stop where you feel a gentle stretch.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Vous n&apos;atteignez pas votre cheville&#xa0;? Arrêtez-vous là où vous sentez un léger étirement.</translation>
    </message>
</context>
<context>
    <name>data:exercises/soleus-wall.json</name>
    <message>
        <location line="+2"/>
        <source>Bent-knee wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement du mollet au mur, genou plié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower calf (soleus)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>bas du mollet (soléaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achilles area</source>
        <extracomment>muscles[1]</extracomment>
        <translation>zone du tendon d&apos;Achille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall with your palms on it, as for the wall calf stretch.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Tenez-vous debout face à un mur, les paumes posées dessus, comme pour l&apos;étirement du mollet au mur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back and keep its heel down.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Reculez la jambe à étirer et gardez son talon au sol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the back knee slightly, heel still down, until you feel the stretch low in the calf.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Pliez légèrement le genou arrière, talon toujours au sol, jusqu&apos;à sentir l&apos;étirement en bas du mollet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten up and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Redressez-vous et laissez le mollet se détendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Bougez lentement et sans à-coups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Un étirement de confort facultatif&#xa0;: aucune étude ne l&apos;a testé spécifiquement contre les crampes.</translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Standing hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement des ischio-jambiers debout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>arrière de la cuisse (ischio-jambiers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand in front of a low step or a sturdy low stool.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Tenez-vous debout devant une marche basse ou un petit tabouret solide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest the heel of the stretching leg on it, knee straight, toes pointing up.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Posez dessus le talon de la jambe à étirer, genou tendu, orteils vers le haut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the standing knee soft and your back long.</source>
        <extracomment>steps[2]</extracomment>
        <translation>Gardez le genou d&apos;appui souple et le dos long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinge forward from the hips with a straight back until you feel a moderate stretch behind the thigh.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Penchez-vous en avant à partir des hanches, le dos droit, jusqu&apos;à sentir un étirement modéré à l&apos;arrière de la cuisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand up tall and let the leg relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Redressez-vous et laissez la jambe se détendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Tenez-vous à quelque chose de fixe&#xa0;: un mur, un cadre de lit ou une table lourde. Jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Bougez lentement et sans à-coups.</translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Standing thigh stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement de la cuisse debout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>devant de la cuisse (quadriceps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand tall beside a wall or a heavy table and hold on to it with one hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Tenez-vous bien droit à côté d&apos;un mur ou d&apos;une table lourde et tenez-vous-y d&apos;une main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the stretching knee and take hold of that ankle with the other hand.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Pliez le genou à étirer et attrapez cette cheville avec l&apos;autre main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Amenez le talon vers la fesse, genoux serrés, jusqu&apos;à sentir l&apos;étirement à l&apos;avant de la cuisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the foot down slowly and stand on both feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Reposez lentement le pied et tenez-vous sur vos deux pieds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Tenez-vous à quelque chose de fixe&#xa0;: un mur, un cadre de lit ou une table lourde. Jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If balance or your knees make this hard, do it lying on your side instead.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Si votre équilibre ou vos genoux rendent cela difficile, faites-le plutôt allongé sur le côté.</translation>
    </message>
</context>
<context>
    <name>data:exercises/wall-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Standing wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Étirement du mollet debout contre un mur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf (gastrocnemius)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>mollet (gastrocnémien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall, about an arm&apos;s length away.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Debout face à un mur, à environ une longueur de bras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your palms on the wall at chest height, elbows straight.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Posez vos paumes sur le mur à hauteur de poitrine, coudes tendus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back. Keep its knee straight and its heel on the floor; bend the front knee.</source>
        <extracomment>steps[2]</extracomment>
        <translation>Reculez la jambe à étirer, genou tendu et talon au sol&#xa0;; pliez le genou avant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean toward the wall until you feel a firm, moderate stretch in the back calf. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Penchez-vous vers le mur jusqu&apos;à sentir un étirement franc et modéré dans le mollet arrière. Continuez à respirer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back upright and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Redressez-vous et laissez le mollet se détendre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Arrêtez si douleur vive, vertiges, engourdissement ou fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Bougez lentement et sans à-coups.</translation>
    </message>
</context>
<context>
    <name>data:learn/learn.json</name>
    <message>
        <location line="+2"/>
        <source>What is a cramp?</source>
        <extracomment>sections.what-is-a-cramp.title</extracomment>
        <translation>Qu&apos;est-ce qu&apos;une crampe&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp (or spasm) is a muscle that suddenly tightens on its own and can&apos;t relax. It can take in part of a muscle, a whole muscle or a group of muscles, anywhere in the body.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[0].text</extracomment>
        <translation>Une crampe (ou spasme) est un muscle qui se contracte soudainement tout seul et ne peut pas se relâcher. Elle peut toucher une partie d&apos;un muscle, un muscle entier ou un groupe de muscles, n&apos;importe où dans le corps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps aren&apos;t serious, but they can hurt a lot, and night cramps can spoil your sleep.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[1].text</extracomment>
        <translation>La plupart des crampes ne sont pas graves, mais elles peuvent faire très mal, et les crampes nocturnes peuvent gâcher votre sommeil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most often in the thighs, calves, feet, hands, arms and belly. A calf cramp is often called a charley horse; one that comes at rest or in sleep is a night (nocturnal) leg cramp.</source>
        <extracomment>sections.what-is-a-cramp.bullets[0].text</extracomment>
        <translation>Le plus souvent dans les cuisses, les mollets, les pieds, les mains, les bras et le ventre. En anglais, une crampe du mollet s&apos;appelle souvent «&#xa0;charley horse&#xa0;»&#xa0;; celle qui survient au repos ou pendant le sommeil est une crampe nocturne des jambes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can feel like anything from a mild twitch to severe pain. The muscle may feel hard or look knotted.</source>
        <extracomment>sections.what-is-a-cramp.bullets[1].text</extracomment>
        <translation>La sensation peut aller d&apos;une légère contraction à une douleur intense. Le muscle peut sembler dur ou noué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long: usually from a few seconds to about 10 minutes. Some last 15 minutes or longer, and a cramp may come back a few times before it goes.</source>
        <extracomment>sections.what-is-a-cramp.bullets[2].text</extracomment>
        <translation>Durée&#xa0;: en général de quelques secondes à environ 10 minutes. Certaines durent 15 minutes ou plus, et une crampe peut revenir plusieurs fois avant de passer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>sections.what-is-a-cramp.bullets[3].text</extracomment>
        <translation>Le muscle peut rester douloureux jusqu&apos;à 24 heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; American Family Physician</source>
        <extracomment>sections.what-is-a-cramp.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; NHS&#xa0;; American Family Physician</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gets them?</source>
        <extracomment>sections.who-gets-them.title</extracomment>
        <translation>Qui en a&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone, at any age, whether active or not. Cramps can come while you walk, sit, exercise or sleep.</source>
        <extracomment>sections.who-gets-them.paragraphs[0].text</extracomment>
        <translation>Tout le monde, à tout âge, actif ou non. Les crampes peuvent survenir en marchant, assis, pendant l&apos;exercice ou pendant le sommeil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are more common in athletes, infants, pregnant people, people over 65 and people with obesity.</source>
        <extracomment>sections.who-gets-them.bullets[0].text</extracomment>
        <translation>Elles sont plus fréquentes chez les sportifs, les nourrissons, les personnes enceintes, les personnes de plus de 65 ans et les personnes en situation d&apos;obésité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some people get them often, with almost any kind of effort.</source>
        <extracomment>sections.who-gets-them.bullets[1].text</extracomment>
        <translation>Certaines personnes en ont souvent, avec presque n&apos;importe quel effort.</translation>
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
        <translation>Causes fréquentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These can make cramps more likely:</source>
        <extracomment>sections.causes.paragraphs[0].text</extracomment>
        <translation>Ces facteurs peuvent rendre les crampes plus probables&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for a long time, or sitting in an awkward position.</source>
        <extracomment>sections.causes.bullets[0].text</extracomment>
        <translation>Rester assis longtemps, ou assis dans une mauvaise position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing for a long time, for example on a concrete floor.</source>
        <extracomment>sections.causes.bullets[1].text</extracomment>
        <translation>Rester debout longtemps, par exemple sur un sol en béton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard or long exercise that tires the muscles, above all in great heat.</source>
        <extracomment>sections.causes.bullets[2].text</extracomment>
        <translation>Un exercice intense ou long qui fatigue les muscles, surtout par forte chaleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dehydration: the body losing a lot of water, for example through heavy sweating, vomiting or diarrhea, or from water pills (diuretics).</source>
        <extracomment>sections.causes.bullets[3].text</extracomment>
        <translation>La déshydratation&#xa0;: le corps perd beaucoup d&apos;eau, par exemple par une forte transpiration, des vomissements ou une diarrhée, ou à cause de diurétiques («&#xa0;pilules d&apos;eau&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An imbalance of the body&apos;s salts and minerals (electrolytes), such as too little sodium in the blood.</source>
        <extracomment>sections.causes.bullets[4].text</extracomment>
        <translation>Un déséquilibre des sels et minéraux du corps (électrolytes), par exemple trop peu de sodium dans le sang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines, such as statins and some diuretics. In a large study, more people needed cramp treatment after starting some long-acting inhalers (LABAs) or some diuretics.</source>
        <extracomment>sections.causes.bullets[5].text</extracomment>
        <translation>Certains médicaments, comme les statines et certains diurétiques. Dans une grande étude, plus de personnes ont eu besoin d&apos;un traitement contre les crampes après avoir commencé certains inhalateurs à longue durée d&apos;action (LABA) ou certains diurétiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less often, another health problem, such as a nerve condition or poor circulation.</source>
        <extracomment>sections.causes.bullets[6].text</extracomment>
        <translation>Plus rarement, un autre problème de santé, comme une maladie des nerfs ou une mauvaise circulation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Merck Manual; MedlinePlus; Mayo Clinic; NHS; Garrison 2012; Bahk 2012</source>
        <extracomment>sections.causes.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; Manuel Merck&#xa0;; MedlinePlus&#xa0;; Mayo Clinic&#xa0;; NHS&#xa0;; Garrison 2012&#xa0;; Bahk 2012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fluids and minerals</source>
        <extracomment>sections.fluids-and-minerals.title</extracomment>
        <translation>Liquides et minéraux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a clinician set you a fluid limit? Follow their advice on how much to drink. It comes before anything on this page.</source>
        <extracomment>sections.fluids-and-minerals.cautions[0].text</extracomment>
        <translation>Un soignant vous a-t-il fixé une limite de liquides&#xa0;? Suivez ses conseils sur la quantité à boire. Ils passent avant tout ce qui est écrit sur cette page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losing a lot of water (dehydration) makes cramps more likely. So can an imbalance of the body&apos;s salts and minerals, called electrolytes.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[0].text</extracomment>
        <translation>Perdre beaucoup d&apos;eau (déshydratation) rend les crampes plus probables. Un déséquilibre des sels et minéraux du corps, appelés électrolytes, aussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after a big loss of fluid, and cramps all over the body, are on the list of warning signs further down this page.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[1].text</extracomment>
        <translation>Les crampes après une grosse perte de liquides, et les crampes dans tout le corps, font partie des signes d&apos;alerte plus bas sur cette page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating, for example in the heat, a sports drink or a regular meal may help replace the salt you lost. Salt tablets are not advised.</source>
        <extracomment>sections.fluids-and-minerals.bullets[0].text</extracomment>
        <translation>Après une transpiration longue et abondante, par exemple à la chaleur, une boisson pour sportifs ou un repas normal peuvent aider à remplacer le sel perdu. Les comprimés de sel sont déconseillés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking far too much water is harmful too. It can water down the sodium in your blood (hyponatremia). Signs include nausea, headache, confusion, tiredness, and muscle weakness, cramps or spasms.</source>
        <extracomment>sections.fluids-and-minerals.bullets[1].text</extracomment>
        <translation>Boire beaucoup trop d&apos;eau est aussi dangereux. Cela peut trop diluer le sodium dans le sang (hyponatrémie). Les signes sont notamment des nausées, des maux de tête, une confusion, de la fatigue, et une faiblesse musculaire, des crampes ou des spasmes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom. The water reminders stay quiet in those 2 hours; you can change this in Settings.</source>
        <extracomment>sections.fluids-and-minerals.bullets[2].text</extracomment>
        <translation>Boire moins pendant les 2 heures avant le coucher peut aider à réduire les levers nocturnes pour aller aux toilettes. Les rappels pour l&apos;eau restent silencieux pendant ces 2 heures&#xa0;; vous pouvez changer cela dans les Réglages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merck Manual; Cleveland Clinic; Mayo Clinic; CDC; Sleep Foundation; UpToDate patient handout</source>
        <extracomment>sections.fluids-and-minerals.source_note</extracomment>
        <translation>Manuel Merck&#xa0;; Cleveland Clinic&#xa0;; Mayo Clinic&#xa0;; CDC&#xa0;; Sleep Foundation&#xa0;; fiche patient UpToDate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tired muscles and stretching</source>
        <extracomment>sections.tired-muscles.title</extracomment>
        <translation>Muscles fatigués et étirements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscles that work hard or for a long time can cramp, during exercise or afterwards. Great heat makes this more likely.</source>
        <extracomment>sections.tired-muscles.paragraphs[0].text</extracomment>
        <translation>Des muscles qui travaillent dur ou longtemps peuvent avoir des crampes, pendant l&apos;exercice ou après. La forte chaleur rend cela plus probable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a cramp starts while you are active, stop what you are doing. Then stretch the muscle gently and massage it.</source>
        <extracomment>sections.tired-muscles.bullets[0].text</extracomment>
        <translation>Si une crampe commence pendant une activité, arrêtez ce que vous faites. Puis étirez doucement le muscle et massez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your fitness step by step, not all at once.</source>
        <extracomment>sections.tired-muscles.bullets[1].text</extracomment>
        <translation>Améliorez votre forme physique petit à petit, pas d&apos;un seul coup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>sections.tired-muscles.bullets[2].text</extracomment>
        <translation>S&apos;étirer régulièrement peut aider à réduire les crampes, même si cela ne les empêche pas toujours complètement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day works best.</source>
        <extracomment>sections.tired-muscles.bullets[3].text</extracomment>
        <translation>S&apos;étirer deux ou trois jours par semaine aide la souplesse, et s&apos;étirer tous les jours est le plus efficace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>sections.tired-muscles.bullets[4].text</extracomment>
        <translation>Étirez jusqu&apos;à une tension franche et modérée, jamais jusqu&apos;à une douleur vive, et continuez à respirer pendant le maintien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; MedlinePlus; AAOS; NHS; ACSM; Hallegraeff 2012</source>
        <extracomment>sections.tired-muscles.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; MedlinePlus&#xa0;; AAOS&#xa0;; NHS&#xa0;; ACSM&#xa0;; Hallegraeff 2012</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When another condition is behind it</source>
        <extracomment>sections.other-conditions.title</extracomment>
        <translation>Quand une autre maladie est en cause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. Less often, they come from another health problem. This app can&apos;t tell the difference. If you are worried, contact a healthcare provider.</source>
        <extracomment>sections.other-conditions.paragraphs[0].text</extracomment>
        <translation>La plupart des crampes ne sont pas graves. Plus rarement, elles viennent d&apos;un autre problème de santé. Cette application ne peut pas faire la différence. Si vous êtes inquiet, contactez un professionnel de santé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps all over the body can come from an electrolyte imbalance or from a serious condition such as atherosclerosis (hardened arteries), thyroid disease or multiple sclerosis (MS).</source>
        <extracomment>sections.other-conditions.bullets[0].text</extracomment>
        <translation>Des crampes dans tout le corps peuvent venir d&apos;un déséquilibre des électrolytes ou d&apos;une maladie grave comme l&apos;athérosclérose (durcissement des artères), une maladie de la thyroïde ou la sclérose en plaques (SEP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems with the nerves or with blood flow in the legs can also cause cramps.</source>
        <extracomment>sections.other-conditions.bullets[1].text</extracomment>
        <translation>Des problèmes de nerfs ou de circulation du sang dans les jambes peuvent aussi causer des crampes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tingling, numbness or a crawling feeling may point to something else, such as restless legs syndrome or nerve damage (neuropathy).</source>
        <extracomment>sections.other-conditions.bullets[2].text</extracomment>
        <translation>Des fourmillements, un engourdissement ou une sensation de quelque chose qui rampe peuvent indiquer autre chose, comme le syndrome des jambes sans repos ou une atteinte des nerfs (neuropathie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doctors tell night leg cramps apart from restless legs, poor blood flow in the legs, muscle inflammation and nerve damage, mostly by asking questions and examining you.</source>
        <extracomment>sections.other-conditions.bullets[3].text</extracomment>
        <translation>Les médecins distinguent les crampes nocturnes des jambes du syndrome des jambes sans repos, d&apos;une mauvaise circulation dans les jambes, d&apos;une inflammation des muscles et d&apos;une atteinte des nerfs, surtout en vous posant des questions et en vous examinant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your provider if you have diabetes, or thyroid, kidney, liver or blood vessel disease. You can note it in your health profile.</source>
        <extracomment>sections.other-conditions.bullets[4].text</extracomment>
        <translation>Dites à votre médecin si vous avez du diabète, ou une maladie de la thyroïde, des reins, du foie ou des vaisseaux sanguins. Vous pouvez le noter dans votre profil de santé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Merck Manual; American Family Physician; Hallegraeff 2017</source>
        <extracomment>sections.other-conditions.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; Manuel Merck&#xa0;; American Family Physician&#xa0;; Hallegraeff 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to lower your risk</source>
        <extracomment>sections.lower-your-risk.title</extracomment>
        <translation>Comment réduire votre risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These steps may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.lower-your-risk.paragraphs[0].text</extracomment>
        <translation>Ces mesures peuvent aider à réduire le risque de crampes, mais aucune n&apos;est sûre de les empêcher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a study of adults over 55, stretching the calves and the backs of the thighs every night just before bed for 6 weeks led to fewer and less painful night cramps. Another study, of calf stretches alone, found no benefit, so results vary. Gentle stretching is generally low-risk and may be worth trying.</source>
        <extracomment>sections.lower-your-risk.paragraphs[1].text</extracomment>
        <translation>Dans une étude chez des adultes de plus de 55 ans, étirer les mollets et l&apos;arrière des cuisses chaque soir juste avant le coucher pendant 6 semaines a réduit le nombre et la douleur des crampes nocturnes. Une autre étude, sur les mollets seuls, n&apos;a trouvé aucun bénéfice&#xa0;: les résultats varient. Les étirements doux sont en général peu risqués et peuvent valoir la peine d&apos;être essayés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch your calves and the backs of your thighs every day, especially just before bed.</source>
        <extracomment>sections.lower-your-risk.checklist.stretch.text</extracomment>
        <translation>Étirez vos mollets et l&apos;arrière de vos cuisses tous les jours, surtout juste avant le coucher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your general fitness, step by step.</source>
        <extracomment>sections.lower-your-risk.checklist.fitness.text</extracomment>
        <translation>Améliorez votre forme physique générale, petit à petit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drink enough water through the day, unless a clinician has set you a fluid limit: then follow their advice.</source>
        <extracomment>sections.lower-your-risk.checklist.water.text</extracomment>
        <translation>Buvez assez d&apos;eau au cours de la journée, sauf si un soignant vous a fixé une limite de liquides&#xa0;: dans ce cas, suivez ses conseils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoid hard exercise in extreme heat.</source>
        <extracomment>sections.lower-your-risk.checklist.heat.text</extracomment>
        <translation>Évitez l&apos;exercice intense par très forte chaleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wear shoes that fit well and suit what you are doing.</source>
        <extracomment>sections.lower-your-risk.checklist.shoes.text</extracomment>
        <translation>Portez des chaussures bien ajustées et adaptées à ce que vous faites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you carry extra weight, ask your provider whether losing some could help.</source>
        <extracomment>sections.lower-your-risk.checklist.weight.text</extracomment>
        <translation>Si vous avez du poids en trop, demandez à votre médecin si en perdre un peu pourrait aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your doctor or pharmacist whether any of your medicines can cause cramps. Don&apos;t stop or change a medicine on your own.</source>
        <extracomment>sections.lower-your-risk.checklist.medicines.text</extracomment>
        <translation>Demandez à votre médecin ou à votre pharmacien si certains de vos médicaments peuvent causer des crampes. N&apos;arrêtez pas et ne changez pas un médicament de vous-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In bed: keep the sheets loose at the foot of the bed. On your back, prop your feet on pillows so your toes point up; on your front, let your feet hang over the end of the bed.</source>
        <extracomment>sections.lower-your-risk.checklist.sleep-position.text</extracomment>
        <translation>Au lit&#xa0;: gardez les draps lâches au pied du lit. Sur le dos, calez vos pieds sur des oreillers pour que vos orteils pointent vers le haut&#xa0;; sur le ventre, laissez vos pieds dépasser du bout du lit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Hallegraeff 2012; Coppin 2005; Cochrane 2021; Garrison 2012; American Family Physician; UpToDate patient handout</source>
        <extracomment>sections.lower-your-risk.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; NHS&#xa0;; Mayo Clinic&#xa0;; Hallegraeff 2012&#xa0;; Coppin 2005&#xa0;; Cochrane 2021&#xa0;; Garrison 2012&#xa0;; American Family Physician&#xa0;; fiche patient UpToDate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching safely</source>
        <extracomment>sections.stretch-safely.title</extracomment>
        <translation>S&apos;étirer en sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent surgery, joint replacement or a new injury? Check with your clinician before stretching.</source>
        <extracomment>sections.stretch-safely.cautions[0].text</extracomment>
        <translation>Opération récente, prothèse articulaire ou blessure récente&#xa0;? Demandez l&apos;avis de votre soignant avant de vous étirer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Check with your clinician first too. The review of stretching studies did not include pregnant people.</source>
        <extracomment>sections.stretch-safely.cautions[1].text</extracomment>
        <translation>Enceinte&#xa0;? Demandez aussi d&apos;abord l&apos;avis de votre soignant. La revue des études sur les étirements n&apos;a pas inclus de personnes enceintes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch gently and slowly, without bouncing. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>sections.stretch-safely.bullets[0].text</extracomment>
        <translation>Étirez-vous doucement et lentement, sans à-coups. Arrêtez si vous ressentez une douleur vive, des vertiges, un engourdissement ou des fourmillements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For balance, hold on to something fixed, such as a wall, a bed frame or a heavy table. Never use a chair on wheels.</source>
        <extracomment>sections.stretch-safely.bullets[1].text</extracomment>
        <translation>Pour l&apos;équilibre, tenez-vous à quelque chose de fixe, comme un mur, un cadre de lit ou une table lourde. N&apos;utilisez jamais une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If standing is hard or your balance is poor, use the seated versions of the stretches.</source>
        <extracomment>sections.stretch-safely.bullets[2].text</extracomment>
        <translation>Si rester debout est difficile ou si votre équilibre est mauvais, utilisez les versions assises des étirements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken by a cramp? Sit up first, then get up slowly before you stand on the cramping leg.</source>
        <extracomment>sections.stretch-safely.bullets[3].text</extracomment>
        <translation>Réveillé par une crampe&#xa0;? Asseyez-vous d&apos;abord, puis levez-vous lentement avant de vous tenir debout sur la jambe qui a la crampe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hallegraeff 2012; Cochrane 2021; ACSM; CDC STEADI; AAOS</source>
        <extracomment>sections.stretch-safely.source_note</extracomment>
        <translation>Hallegraeff 2012&#xa0;; Cochrane 2021&#xa0;; ACSM&#xa0;; CDC STEADI&#xa0;; AAOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice</source>
        <extracomment>sections.heat-and-ice.title</extracomment>
        <translation>Chaud ou froid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes, nerve damage or numb skin? No heat or hot soaks on skin that feels numb. Test water with your elbow or wrist, never your foot: lukewarm, never hot. Use heat or ice for about 10 minutes at most, and check your skin often.</source>
        <extracomment>sections.heat-and-ice.cautions[0].text</extracomment>
        <translation>Diabète, atteinte des nerfs ou peau engourdie&#xa0;? Pas de chaleur ni de bain chaud sur une peau engourdie. Testez l&apos;eau avec le coude ou le poignet, jamais avec le pied&#xa0;: tiède, jamais chaude. Utilisez le chaud ou la glace environ 10 minutes au plus, et vérifiez souvent votre peau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warmth or cold may ease a cramp or the soreness after it. Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>sections.heat-and-ice.paragraphs[0].text</extracomment>
        <translation>Le chaud ou le froid peuvent soulager une crampe ou la douleur qui suit. Le chaud convient à un muscle encore contracté. Le froid convient à un muscle douloureux ou sensible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ways: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a towel rubbed over the muscle.</source>
        <extracomment>sections.heat-and-ice.bullets[0].text</extracomment>
        <translation>Moyens rapides&#xa0;: une douche chaude sur le muscle pendant environ 5 minutes, un bain chaud, ou de la glace enveloppée dans une serviette et passée sur le muscle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise, use heat or ice for 15 to 20 minutes at a time, never more than 20 minutes.</source>
        <extracomment>sections.heat-and-ice.bullets[1].text</extracomment>
        <translation>Sinon, utilisez le chaud ou la glace 15 à 20 minutes à la fois, jamais plus de 20 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always put a cloth between your skin and the ice or heat. Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>sections.heat-and-ice.bullets[2].text</extracomment>
        <translation>Mettez toujours un tissu entre votre peau et la glace ou la source de chaleur. Ne vous endormez jamais sur une bouillotte ou un coussin chauffant, ni avec une poche de glace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t put heat on a fresh injury.</source>
        <extracomment>sections.heat-and-ice.bullets[3].text</extracomment>
        <translation>Ne mettez pas de chaleur sur une blessure récente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AAOS; Cleveland Clinic; Mayo Clinic; Barton Health; Diabetes Self-Management; NIDDK; UpToDate patient handout</source>
        <extracomment>sections.heat-and-ice.source_note</extracomment>
        <translation>AAOS&#xa0;; Cleveland Clinic&#xa0;; Mayo Clinic&#xa0;; Barton Health&#xa0;; Diabetes Self-Management&#xa0;; NIDDK&#xa0;; fiche patient UpToDate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines and supplements</source>
        <extracomment>sections.medicines.title</extracomment>
        <translation>Médicaments et compléments alimentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a medicine for cramps suits you is a decision for your doctor. Never start, stop or change a medicine on your own.</source>
        <extracomment>sections.medicines.paragraphs[0].text</extracomment>
        <translation>Savoir si un médicament contre les crampes vous convient est une décision qui revient à votre médecin. Ne commencez, n&apos;arrêtez et ne changez jamais un médicament de vous-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines can make cramps more likely. If cramps started or got worse after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <extracomment>sections.medicines.bullets[0].text</extracomment>
        <translation>Certains médicaments peuvent rendre les crampes plus probables. Si les crampes ont commencé ou se sont aggravées après un nouveau médicament, apportez votre journal et la liste de vos médicaments à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quinine is not recommended for everyday cramps: it can have serious side effects. It is a decision for your doctor.</source>
        <extracomment>sections.medicines.bullets[1].text</extracomment>
        <translation>La quinine n&apos;est pas recommandée pour les crampes ordinaires&#xa0;: elle peut avoir des effets indésirables graves. C&apos;est une décision qui revient à votre médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Magnesium is unlikely to help typical night cramps in older adults. Ask your provider before you take a supplement for cramps.</source>
        <extracomment>sections.medicines.bullets[2].text</extracomment>
        <translation>Le magnésium a peu de chances d&apos;aider pour les crampes nocturnes habituelles des personnes âgées. Demandez à votre médecin avant de prendre un complément contre les crampes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain relievers such as ibuprofen or acetaminophen (paracetamol) may ease soreness after a cramp. They work too slowly to help during one.</source>
        <extracomment>sections.medicines.bullets[3].text</extracomment>
        <translation>Des antidouleurs comme l&apos;ibuprofène ou le paracétamol (acétaminophène) peuvent soulager la douleur après une crampe. Ils agissent trop lentement pour aider pendant la crampe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs) are not for everyone. Ask a pharmacist or doctor first if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure, asthma that these medicines make worse, or take a blood thinner.</source>
        <extracomment>sections.medicines.bullets[4].text</extracomment>
        <translation>L&apos;ibuprofène et les médicaments semblables (AINS) ne conviennent pas à tout le monde. Demandez d&apos;abord à un pharmacien ou à un médecin si vous avez des problèmes de reins, de cœur ou de foie, un ulcère de l&apos;estomac, une tension artérielle élevée, un asthme aggravé par ces médicaments, ou si vous prenez un anticoagulant (médicament qui fluidifie le sang).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen unless a doctor prescribes it. Acetaminophen (paracetamol) is the usual choice. Ask your midwife, doctor or pharmacist first.</source>
        <extracomment>sections.medicines.bullets[5].text</extracomment>
        <translation>Enceinte&#xa0;? Ne prenez pas d&apos;ibuprofène sauf s&apos;il est prescrit par un médecin. Le paracétamol (acétaminophène) est le choix habituel. Demandez d&apos;abord à votre sage-femme, votre médecin ou votre pharmacien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS; American Family Physician; Garrison 2012; FDA; AAN; Cochrane 2020; Cleveland Clinic</source>
        <extracomment>sections.medicines.source_note</extracomment>
        <translation>NHS&#xa0;; American Family Physician&#xa0;; Garrison 2012&#xa0;; FDA&#xa0;; AAN&#xa0;; Cochrane 2020&#xa0;; Cleveland Clinic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to expect</source>
        <extracomment>sections.outlook.title</extracomment>
        <translation>À quoi s&apos;attendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. A cramp usually lasts from a few seconds to about 10 minutes.</source>
        <extracomment>sections.outlook.paragraphs[0].text</extracomment>
        <translation>La plupart des crampes ne sont pas graves. Une crampe dure en général de quelques secondes à environ 10 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps are more common in people over 65.</source>
        <extracomment>sections.outlook.bullets[0].text</extracomment>
        <translation>Les crampes sont plus fréquentes chez les personnes de plus de 65 ans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps under &quot;How to lower your risk&quot; may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.outlook.bullets[1].text</extracomment>
        <translation>Les mesures de «&#xa0;Comment réduire votre risque&#xa0;» peuvent aider à réduire le risque de crampes, mais aucune n&apos;est sûre de les empêcher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your cramp diary. It shows your provider how often cramps come, how long they last and how much they hurt.</source>
        <extracomment>sections.outlook.bullets[2].text</extracomment>
        <translation>Tenez votre journal des crampes. Il montre à votre médecin à quelle fréquence les crampes surviennent, combien de temps elles durent et à quel point elles font mal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; American Family Physician; Sebo 2019</source>
        <extracomment>sections.outlook.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; NHS&#xa0;; American Family Physician&#xa0;; Sebo 2019</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to go to the emergency room</source>
        <extracomment>sections.emergency.title</extracomment>
        <translation>Quand aller aux urgences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; American Heart Association; CDC; WebMD</source>
        <extracomment>sections.emergency.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; NHS&#xa0;; Mayo Clinic&#xa0;; American Heart Association&#xa0;; CDC&#xa0;; WebMD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to see a provider</source>
        <extracomment>sections.see-a-provider.title</extracomment>
        <translation>Quand consulter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a sign below applies to you, contact a doctor or nurse as its heading says. Bring your cramp diary and a list of your medicines.</source>
        <extracomment>sections.see-a-provider.paragraphs[0].text</extracomment>
        <translation>Si un signe ci-dessous vous concerne, contactez un médecin ou un infirmier comme l&apos;indique son titre. Apportez votre journal des crampes et la liste de vos médicaments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Merck Manual; MedlinePlus; WebMD; Cochrane 2020</source>
        <extracomment>sections.see-a-provider.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; NHS&#xa0;; Mayo Clinic&#xa0;; Manuel Merck&#xa0;; MedlinePlus&#xa0;; WebMD&#xa0;; Cochrane 2020</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions for your provider</source>
        <extracomment>sections.questions-to-ask.title</extracomment>
        <translation>Questions pour votre médecin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions you may want to ask at your visit. Copy or print them, together with the next list, and bring your cramp diary.</source>
        <extracomment>sections.questions-to-ask.paragraphs[0].text</extracomment>
        <translation>Des questions que vous voudrez peut-être poser lors de votre consultation. Copiez-les ou imprimez-les, avec la liste suivante, et apportez votre journal des crampes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could any of my medicines play a part? (Bring your medicine list.)</source>
        <extracomment>sections.questions-to-ask.bullets[0].text</extracomment>
        <translation>Certains de mes médicaments pourraient-ils jouer un rôle&#xa0;? (Apportez la liste de vos médicaments.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I see a specialist?</source>
        <extracomment>sections.questions-to-ask.bullets[1].text</extracomment>
        <translation>Dois-je voir un spécialiste&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could my cramps be a sign of a disease?</source>
        <extracomment>sections.questions-to-ask.bullets[2].text</extracomment>
        <translation>Mes crampes pourraient-elles être le signe d&apos;une maladie&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could what I feel be something other than a cramp?</source>
        <extracomment>sections.questions-to-ask.bullets[3].text</extracomment>
        <translation>Ce que je ressens pourrait-il être autre chose qu&apos;une crampe&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is stretching before bed worth trying for me?</source>
        <extracomment>sections.questions-to-ask.bullets[4].text</extracomment>
        <translation>Les étirements avant le coucher valent-ils la peine d&apos;être essayés dans mon cas&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can you show me how to stretch safely?</source>
        <extracomment>sections.questions-to-ask.bullets[5].text</extracomment>
        <translation>Pouvez-vous me montrer comment m&apos;étirer en sécurité&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which massage techniques could help me?</source>
        <extracomment>sections.questions-to-ask.bullets[6].text</extracomment>
        <translation>Quelles techniques de massage pourraient m&apos;aider&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could a vitamin or mineral supplement help me?</source>
        <extracomment>sections.questions-to-ask.bullets[7].text</extracomment>
        <translation>Un complément de vitamines ou de minéraux pourrait-il m&apos;aider&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a prescription medicine that could help me, and what side effects can it have?</source>
        <extracomment>sections.questions-to-ask.bullets[8].text</extracomment>
        <translation>Existe-t-il un médicament sur ordonnance qui pourrait m&apos;aider, et quels effets indésirables peut-il avoir&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I limit how much I drink?</source>
        <extracomment>sections.questions-to-ask.bullets[9].text</extracomment>
        <translation>Dois-je limiter la quantité que je bois&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I do about cramps in my child?</source>
        <extracomment>sections.questions-to-ask.bullets[10].text</extracomment>
        <translation>Que dois-je faire pour les crampes de mon enfant&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Garrison 2012; Hallegraeff 2012; Cochrane 2021; Cochrane 2020; Mayo Clinic; American Family Physician; Hallegraeff 2017</source>
        <extracomment>sections.questions-to-ask.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; NHS&#xa0;; Garrison 2012&#xa0;; Hallegraeff 2012&#xa0;; Cochrane 2021&#xa0;; Cochrane 2020&#xa0;; Mayo Clinic&#xa0;; American Family Physician&#xa0;; Hallegraeff 2017</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your provider may ask</source>
        <extracomment>sections.provider-may-ask.title</extracomment>
        <translation>Ce que votre médecin pourrait vous demander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider will usually ask about these. Your cramp diary can help you answer.</source>
        <extracomment>sections.provider-may-ask.paragraphs[0].text</extracomment>
        <translation>Un médecin vous posera en général ces questions. Votre journal des crampes peut vous aider à répondre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad is the pain, from 0 (none) to 10 (worst)?</source>
        <extracomment>sections.provider-may-ask.bullets[0].text</extracomment>
        <translation>Quelle est l&apos;intensité de la douleur, de 0 (aucune) à 10 (la pire)&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When do the cramps happen: at night, sitting, standing, during or after exercise?</source>
        <extracomment>sections.provider-may-ask.bullets[1].text</extracomment>
        <translation>Quand les crampes surviennent-elles&#xa0;: la nuit, assis, debout, pendant ou après l&apos;exercice&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long do they last? Has any lasted more than 10 minutes?</source>
        <extracomment>sections.provider-may-ask.bullets[2].text</extracomment>
        <translation>Combien de temps durent-elles&#xa0;? L&apos;une d&apos;elles a-t-elle duré plus de 10 minutes&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do they feel like: a hard knot, twitching, pulling, tingling or numbness?</source>
        <extracomment>sections.provider-may-ask.bullets[3].text</extracomment>
        <translation>Quelle sensation donnent-elles&#xa0;: un nœud dur, des contractions, une traction, des fourmillements ou un engourdissement&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When did they start, and have they changed since?</source>
        <extracomment>sections.provider-may-ask.bullets[4].text</extracomment>
        <translation>Quand ont-elles commencé, et ont-elles changé depuis&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do they wake you at night or leave you tired the next day?</source>
        <extracomment>sections.provider-may-ask.bullets[5].text</extracomment>
        <translation>Vous réveillent-elles la nuit ou vous laissent-elles fatigué le lendemain&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Hallegraeff 2012; NHS; American Family Physician; Sebo 2019</source>
        <extracomment>sections.provider-may-ask.source_note</extracomment>
        <translation>Cleveland Clinic&#xa0;; Hallegraeff 2012&#xa0;; NHS&#xa0;; American Family Physician&#xa0;; Sebo 2019</translation>
    </message>
</context>
<context>
    <name>data:relief/areas.json</name>
    <message>
        <location line="+2"/>
        <source>Calf</source>
        <extracomment>areas.calf.name</extracomment>
        <translation>Mollet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or lie down and straighten your knee.</source>
        <extracomment>areas.calf.quick[0]</extracomment>
        <translation>Asseyez-vous ou allongez-vous et tendez le genou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes toward your face (a towel helps).</source>
        <extracomment>areas.calf.quick[1]</extracomment>
        <translation>Tirez vos orteils vers votre visage (une serviette aide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, then 20–30 seconds more.</source>
        <extracomment>areas.calf.quick[2]</extracomment>
        <translation>Tenez jusqu&apos;à la détente, puis encore 20–30 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then walk around, or massage the calf.</source>
        <extracomment>areas.calf.quick[3]</extracomment>
        <translation>Ensuite, marchez un peu ou massez le mollet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting or lying (best at night): straighten your knee.</source>
        <extracomment>areas.calf.steps[0]</extracomment>
        <translation>Assis ou allongé (le mieux la nuit)&#xa0;: tendez le genou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your foot and toes toward your face, with a towel or sheet looped around the ball of the foot.</source>
        <extracomment>areas.calf.steps[1]</extracomment>
        <translation>Tirez votre pied et vos orteils vers votre visage, avec une serviette ou un drap passé autour de l&apos;avant de la plante du pied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you stand at night: sit up first, get up slowly, and hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.calf.steps[2]; areas.foot.steps[1]</extracomment>
        <translation>Avant de vous lever la nuit&#xa0;: asseyez-vous d&apos;abord, levez-vous lentement et tenez-vous à quelque chose de fixe, jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: put your weight on the cramped leg and bend that knee a little.</source>
        <extracomment>areas.calf.steps[3]</extracomment>
        <translation>Debout&#xa0;: mettez votre poids sur la jambe qui a la crampe et pliez un peu ce genou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or face a wall, cramped leg behind you, knee straight and heel down, and lean in.</source>
        <extracomment>areas.calf.steps[4]</extracomment>
        <translation>Ou mettez-vous face à un mur, la jambe qui a la crampe derrière vous, genou tendu et talon au sol, et penchez-vous vers le mur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp lets go, then about 20–30 seconds more. At the wall: count to 30, up to 5 times.</source>
        <extracomment>areas.calf.hold</extracomment>
        <translation>Tenez jusqu&apos;à ce que la crampe lâche, puis encore environ 20 à 30 secondes. Contre le mur&#xa0;: comptez jusqu&apos;à 30, jusqu&apos;à 5 fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk around.</source>
        <extracomment>areas.calf.tips[0]</extracomment>
        <translation>Marchez un peu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the calf.</source>
        <extracomment>areas.calf.tips[1]</extracomment>
        <translation>Massez le mollet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warm shower on the calf, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>areas.calf.tips[2]</extracomment>
        <translation>Une douche chaude sur le mollet, ou de la glace enveloppée dans un tissu et passée dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foot and toes</source>
        <extracomment>areas.foot.name</extracomment>
        <translation>Pied et orteils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your leg straight.</source>
        <extracomment>areas.foot.quick[0]</extracomment>
        <translation>Gardez la jambe tendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes up toward your shin with your hand.</source>
        <extracomment>areas.foot.quick[1]</extracomment>
        <translation>Tirez vos orteils vers le tibia avec la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–20 seconds; repeat until it lets go.</source>
        <extracomment>areas.foot.quick[2]</extracomment>
        <translation>Tenez 10 à 20 secondes&#xa0;; recommencez jusqu&apos;au relâchement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the arch of your foot.</source>
        <extracomment>areas.foot.quick[3]</extracomment>
        <translation>Ensuite, massez la voûte de votre pied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the leg straight and pull your toes up and back toward your shin with your hand.</source>
        <extracomment>areas.foot.steps[0]</extracomment>
        <translation>Gardez la jambe tendue et tirez vos orteils vers le haut et vers l&apos;arrière, en direction du tibia, avec la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or stand, press the foot flat, put your weight on it and walk slowly.</source>
        <extracomment>areas.foot.steps[2]</extracomment>
        <translation>Ou levez-vous, appuyez le pied à plat, mettez votre poids dessus et marchez lentement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the arch of the foot.</source>
        <extracomment>areas.foot.steps[3]</extracomment>
        <translation>Massez la voûte du pied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 10–20 seconds each time. Repeat until it lets go.</source>
        <extracomment>areas.foot.hold</extracomment>
        <translation>Environ 10 à 20 secondes à chaque fois. Recommencez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore afterwards? Soak the foot in lukewarm water.</source>
        <extracomment>areas.foot.tips[0]</extracomment>
        <translation>Douloureux ensuite&#xa0;? Faites tremper le pied dans de l&apos;eau tiède.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back of thigh</source>
        <extracomment>areas.hamstring.name</extracomment>
        <translation>Cuisse (arrière)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight.</source>
        <extracomment>areas.hamstring.quick[0]</extracomment>
        <translation>Asseyez-vous, les deux jambes tendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips, toward your ankles.</source>
        <extracomment>areas.hamstring.quick[1]</extracomment>
        <translation>Basculez en avant depuis les hanches, vers les chevilles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, about 30 seconds.</source>
        <extracomment>areas.hamstring.quick[2]; areas.quadriceps.quick[2]</extracomment>
        <translation>Tenez jusqu&apos;à ce que la crampe lâche, environ 30 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly as it lets go.</source>
        <extracomment>areas.hamstring.quick[3]</extracomment>
        <translation>Ne pliez pas brusquement le genou quand la crampe lâche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight. Lean forward from the hips, reaching toward your ankles.</source>
        <extracomment>areas.hamstring.steps[0]</extracomment>
        <translation>Asseyez-vous, les deux jambes tendues. Penchez-vous en avant à partir des hanches, en allant vers vos chevilles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: keep your legs straight and lean forward at the waist. Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.hamstring.steps[1]</extracomment>
        <translation>Debout&#xa0;: gardez les jambes tendues et penchez-vous en avant à partir de la taille. Tenez-vous à quelque chose de fixe, jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go; about 30 seconds.</source>
        <extracomment>areas.hamstring.hold; areas.quadriceps.hold</extracomment>
        <translation>Tenez jusqu&apos;à ce que la crampe lâche&#xa0;; environ 30 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly while the cramp lets go.</source>
        <extracomment>areas.hamstring.tips[0]</extracomment>
        <translation>Ne pliez pas brusquement le genou pendant que la crampe lâche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front of thigh</source>
        <extracomment>areas.quadriceps.name</extracomment>
        <translation>Cuisse (avant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.quick[0]</extracomment>
        <translation>Tenez-vous à un appui fixe, jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee; hold your ankle, heel to your bottom.</source>
        <extracomment>areas.quadriceps.quick[1]</extracomment>
        <translation>Pliez le genou&#xa0;; tenez la cheville, talon vers les fesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do it lying on your side.</source>
        <extracomment>areas.quadriceps.quick[3]</extracomment>
        <translation>Mauvais équilibre&#xa0;? Faites-le allongé sur le côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand and hold on to something fixed, like a wall or a heavy table, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.steps[0]</extracomment>
        <translation>Tenez-vous debout et accrochez-vous à quelque chose de fixe, comme un mur ou une table lourde, jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee, hold your ankle and bring the heel toward your buttock.</source>
        <extracomment>areas.quadriceps.steps[1]</extracomment>
        <translation>Pliez le genou, tenez votre cheville et amenez le talon vers la fesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do the same lying on your side.</source>
        <extracomment>areas.quadriceps.steps[2]</extracomment>
        <translation>Mauvais équilibre&#xa0;? Faites la même chose allongé sur le côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thigh cramps tend to last longer than others.</source>
        <extracomment>areas.quadriceps.warnings[0].text</extracomment>
        <translation>Les crampes de la cuisse ont tendance à durer plus longtemps que les autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand and fingers</source>
        <extracomment>areas.hand.name</extracomment>
        <translation>Main et doigts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop writing or gripping.</source>
        <extracomment>areas.hand.quick[0]; areas.hand.steps[0]</extracomment>
        <translation>Arrêtez d&apos;écrire ou de serrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand and spread your fingers.</source>
        <extracomment>areas.hand.quick[1]</extracomment>
        <translation>Ouvrez la main et écartez les doigts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.quick[2]</extracomment>
        <translation>Appuyez paume et doigts à plat sur une table ou un mur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–30 seconds, then repeat.</source>
        <extracomment>areas.hand.quick[3]</extracomment>
        <translation>Tenez 10 à 30 secondes, puis recommencez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.steps[1]</extracomment>
        <translation>Ouvrez la main, écartez les doigts et appuyez la paume et les doigts à plat sur une table ou un mur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or gently bend the fingers back with your other hand.</source>
        <extracomment>areas.hand.steps[2]; areas.arm.steps[3]</extracomment>
        <translation>Ou repliez doucement les doigts vers l&apos;arrière avec l&apos;autre main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–30 seconds. Repeat.</source>
        <extracomment>areas.hand.hold</extracomment>
        <translation>10 à 30 secondes. Recommencez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soak the hand in lukewarm water.</source>
        <extracomment>areas.hand.tips[0]</extracomment>
        <translation>Faites tremper la main dans de l&apos;eau tiède.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the palm.</source>
        <extracomment>areas.hand.tips[1]</extracomment>
        <translation>Massez la paume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your grip often.</source>
        <extracomment>areas.hand.tips[2]</extracomment>
        <translation>Changez souvent votre façon de tenir les objets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <extracomment>areas.arm.name</extracomment>
        <translation>Bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing with the arm.</source>
        <extracomment>areas.arm.quick[0]; areas.arm.steps[0]</extracomment>
        <translation>Arrêtez ce que vous faisiez avec le bras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently.</source>
        <extracomment>areas.arm.quick[1]</extracomment>
        <translation>Étirez doucement le muscle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.quick[2]</extracomment>
        <translation>Gardez l&apos;étirement jusqu&apos;à ce que la crampe se calme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle.</source>
        <extracomment>areas.arm.quick[3]</extracomment>
        <translation>Massez le muscle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.steps[1]</extracomment>
        <translation>Étirez doucement le muscle et gardez l&apos;étirement jusqu&apos;à ce que la crampe se calme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forearm: open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.arm.steps[2]</extracomment>
        <translation>Avant-bras&#xa0;: ouvrez la main, écartez les doigts et appuyez la paume et les doigts à plat sur une table ou un mur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>areas.arm.steps[4]</extracomment>
        <translation>Massez le muscle, pendant l&apos;étirement ou après.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp eases. At the table or wall: 10–30 seconds, then repeat.</source>
        <extracomment>areas.arm.hold</extracomment>
        <translation>Tenez jusqu&apos;à ce que la crampe se calme. Contre la table ou le mur&#xa0;: 10 à 30 secondes, puis recommencez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neck</source>
        <extracomment>areas.neck.name</extracomment>
        <translation>Cou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders relax.</source>
        <extracomment>areas.neck.quick[0]; areas.neck.steps[0]</extracomment>
        <translation>Asseyez-vous bien droit et détendez vos épaules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder. Don&apos;t force it.</source>
        <extracomment>areas.neck.quick[1]</extracomment>
        <translation>Penchez l&apos;oreille vers l&apos;épaule du même côté. Sans forcer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.quick[2]</extracomment>
        <translation>Tenez 15 à 30 secondes, 2 à 3 fois de chaque côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the neck gently.</source>
        <extracomment>areas.neck.quick[3]</extracomment>
        <translation>Ensuite, massez doucement le cou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder until you feel a mild pull on the other side. Don&apos;t force it.</source>
        <extracomment>areas.neck.steps[1]</extracomment>
        <translation>Penchez une oreille vers l&apos;épaule du même côté jusqu&apos;à sentir une légère traction de l&apos;autre côté. Ne forcez pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then try gentle warmth and massage.</source>
        <extracomment>areas.neck.steps[2]</extracomment>
        <translation>Essayez ensuite une chaleur douce et un massage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.hold</extracomment>
        <translation>15 à 30 secondes, 2 à 3 fois de chaque côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in your arm.</source>
        <extracomment>areas.neck.warnings[0].text</extracomment>
        <translation>Arrêtez si le mouvement provoque une douleur vive ou des fourmillements dans le bras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <extracomment>areas.back.name</extracomment>
        <translation>Dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel, sit back toward your heels, reach forward.</source>
        <extracomment>areas.back.quick[0]</extracomment>
        <translation>À genoux, reculez vers vos talons, bras tendus en avant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back and hug both knees.</source>
        <extracomment>areas.back.quick[1]</extracomment>
        <translation>Ou, allongé sur le dos, serrez les deux genoux contre vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 20–30 seconds per stretch.</source>
        <extracomment>areas.back.quick[2]</extracomment>
        <translation>Tenez 20 à 30 secondes par étirement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then take short walks.</source>
        <extracomment>areas.back.quick[3]</extracomment>
        <translation>Ensuite, faites de courtes marches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose: kneel, sit back toward your heels and reach your arms forward.</source>
        <extracomment>areas.back.steps[0]</extracomment>
        <translation>Posture de l&apos;enfant&#xa0;: mettez-vous à genoux, asseyez-vous en arrière vers vos talons et allongez les bras devant vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back, knees bent, and hug both knees toward your chest.</source>
        <extracomment>areas.back.steps[1]</extracomment>
        <translation>Ou allongez-vous sur le dos, genoux pliés, et ramenez les deux genoux contre votre poitrine en les entourant de vos bras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take short walks.</source>
        <extracomment>areas.back.steps[2]</extracomment>
        <translation>Faites de courtes marches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>20–30 seconds per stretch.</source>
        <extracomment>areas.back.hold</extracomment>
        <translation>20 à 30 secondes par étirement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice for 15–20 minutes at a time, never more than 20, whichever feels better, with a cloth in between.</source>
        <extracomment>areas.back.tips[0]</extracomment>
        <translation>Chaud ou glace 15 à 20 minutes à la fois, jamais plus de 20, selon ce qui fait le plus de bien, avec un tissu entre les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t stay in bed beyond the first day. Walk 5–10 minutes, 3–4 times a day.</source>
        <extracomment>areas.back.tips[1]</extracomment>
        <translation>Ne restez pas au lit au-delà du premier jour. Marchez 5 à 10 minutes, 3 à 4 fois par jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you must sit, change position every 30 minutes.</source>
        <extracomment>areas.back.tips[2]</extracomment>
        <translation>Si vous devez rester assis, changez de position toutes les 30 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly</source>
        <extracomment>areas.belly.name</extracomment>
        <translation>Ventre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back.</source>
        <extracomment>areas.belly.quick[0]</extracomment>
        <translation>Allongez-vous sur le dos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch out long: arms overhead, reach with toes.</source>
        <extracomment>areas.belly.quick[1]</extracomment>
        <translation>Allongez-vous au maximum&#xa0;: bras en haut, orteils tendus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply for 20–30 seconds.</source>
        <extracomment>areas.belly.quick[2]</extracomment>
        <translation>Respirez lentement et profondément pendant 20 à 30 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long: arms overhead, reaching through fingers and toes.</source>
        <extracomment>areas.belly.steps[0]</extracomment>
        <translation>Allongez-vous sur le dos et étirez-vous en longueur&#xa0;: bras au-dessus de la tête, jusqu&apos;au bout des doigts et des orteils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply.</source>
        <extracomment>areas.belly.steps[1]</extracomment>
        <translation>Respirez lentement et profondément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 20–30 seconds, breathing normally.</source>
        <extracomment>areas.belly.hold</extracomment>
        <translation>Environ 20 à 30 secondes, en respirant normalement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heat pack for up to about 20 minutes, with a cloth in between.</source>
        <extracomment>areas.belly.tips[0]</extracomment>
        <translation>Une bouillotte ou une poche chaude pendant 20 minutes au plus environ, avec un tissu entre les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? For belly cramps or belly pain, contact your midwife or doctor.</source>
        <extracomment>areas.belly.pregnancy[0].text</extracomment>
        <translation>Enceinte&#xa0;? En cas de crampes ou de douleur au ventre, contactez votre sage-femme ou votre médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest</source>
        <extracomment>areas.chest.name</extracomment>
        <translation>Poitrine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All over the body</source>
        <extracomment>areas.all_over.name</extracomment>
        <translation>Dans tout le corps</translation>
    </message>
</context>
<context>
    <name>data:relief/red_flags.json</name>
    <message>
        <location line="+2"/>
        <source>If you have unbearable pain, cramps all over your body, symptoms after contact with a possible poison, chest pain or trouble breathing, call your local emergency number now.</source>
        <extracomment>emergency_line.text</extracomment>
        <translation>En cas de douleur insupportable, de crampes dans tout le corps, de symptômes après un contact avec un possible poison, de douleur à la poitrine ou de difficulté à respirer, appelez maintenant votre numéro d&apos;urgence local.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain you can&apos;t bear.</source>
        <extracomment>flags.unbearable-pain.text</extracomment>
        <translation>Une douleur insupportable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain you can&apos;t bear</source>
        <extracomment>flags.unbearable-pain.short</extracomment>
        <translation>douleur insupportable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps or spasms all over your body.</source>
        <extracomment>flags.all-over.text</extracomment>
        <translation>Des crampes ou des spasmes dans tout le corps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps all over your body</source>
        <extracomment>flags.all-over.short</extracomment>
        <translation>crampes dans tout le corps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain, pressure or tightness, or trouble breathing, whatever it feels like. A “cramp in the chest” can be a heart attack.</source>
        <extracomment>flags.chest.text</extracomment>
        <translation>Une douleur, une pression ou un serrement dans la poitrine, ou une difficulté à respirer, quelle que soit la sensation. Une «&#xa0;crampe dans la poitrine&#xa0;» peut être une crise cardiaque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chest pain or trouble breathing</source>
        <extracomment>flags.chest.short</extracomment>
        <translation>douleur à la poitrine ou difficulté à respirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm and red, together with chest pain or trouble breathing. A blood clot may have reached the lungs.</source>
        <extracomment>flags.clot-chest.text</extracomment>
        <translation>Une jambe gonflée, chaude et rouge, avec en même temps une douleur à la poitrine ou une difficulté à respirer. Un caillot de sang a peut-être atteint les poumons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms after touching or swallowing something that may be poisonous, such as lead or mercury, or after dirt got into a cut.</source>
        <extracomment>flags.poison.text</extracomment>
        <translation>Des spasmes après avoir touché ou avalé quelque chose qui pourrait être toxique, comme du plomb ou du mercure, ou après que de la terre est entrée dans une coupure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible tetanus after a wound: a stiff jaw (“lockjaw”), trouble swallowing, or spasms that spread, usually 3 to 21 days after the wound.</source>
        <extracomment>flags.tetanus.text</extracomment>
        <translation>Possible tétanos après une plaie&#xa0;: mâchoire raide ou bloquée («&#xa0;trismus&#xa0;»), difficulté à avaler, ou spasmes qui s&apos;étendent, en général 3 à 21 jours après la plaie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp that lasts more than 10 minutes and doesn&apos;t ease when you move or stretch.</source>
        <extracomment>flags.ten-minutes.text</extracomment>
        <translation>Une crampe qui dure plus de 10 minutes et ne se calme pas quand vous bougez ou vous étirez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in your arms or belly.</source>
        <extracomment>flags.arms-belly.text</extracomment>
        <translation>Des crampes dans les bras ou le ventre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps with weakness or loss of feeling.</source>
        <extracomment>flags.weakness-numbness.text</extracomment>
        <translation>Des crampes avec une faiblesse ou une perte de sensibilité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after losing a lot of fluid: vomiting, diarrhea or heavy sweating.</source>
        <extracomment>flags.fluid-loss.text</extracomment>
        <translation>Des crampes après une grosse perte de liquides&#xa0;: vomissements, diarrhée ou forte transpiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm, red or tender (usually the calf), without chest pain or trouble breathing. It could be a blood clot (DVT).</source>
        <extracomment>flags.clot.text</extracomment>
        <translation>Une jambe gonflée, chaude, rouge ou sensible (en général le mollet), sans douleur à la poitrine ni difficulté à respirer. Cela pourrait être un caillot de sang (phlébite, TVP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly pain that is severe, keeps going, or comes with fever or vomiting.</source>
        <extracomment>flags.belly-pain.text</extracomment>
        <translation>Une douleur au ventre forte, qui ne passe pas, ou qui s&apos;accompagne de fièvre ou de vomissements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You think the cramps could be a sign of another medical condition.</source>
        <extracomment>flags.other-condition.text</extracomment>
        <translation>Vous pensez que les crampes pourraient être le signe d&apos;une autre maladie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant pain with the cramps: talk to a provider right away.</source>
        <extracomment>flags.significant-pain.text</extracomment>
        <translation>Une douleur importante avec les crampes&#xa0;: parlez-en tout de suite à un médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling or numbness in your leg, or changes in its skin: talk to a provider right away.</source>
        <extracomment>flags.leg-swelling-numbness.text</extracomment>
        <translation>Un gonflement ou un engourdissement de la jambe, ou des changements de sa peau&#xa0;: parlez-en tout de suite à un médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps that wake you at night, disturb your sleep or leave you tired during the day: talk to a provider right away.</source>
        <extracomment>flags.wake-at-night.text</extracomment>
        <translation>Des crampes aux jambes qui vous réveillent la nuit, perturbent votre sommeil ou vous laissent fatigué pendant la journée&#xa0;: parlez-en tout de suite à un médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that are very painful, frequent or long-lasting: talk to a provider right away.</source>
        <extracomment>flags.painful-frequent-long.text</extracomment>
        <translation>Des crampes très douloureuses, fréquentes ou longues&#xa0;: parlez-en tout de suite à un médecin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle weakness, or muscles getting thinner (wasting), along with the cramps.</source>
        <extracomment>flags.weakness-wasting.text</extracomment>
        <translation>Une faiblesse musculaire, ou des muscles qui fondent (amyotrophie), en plus des crampes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term cramps with other symptoms, such as weakness or poor coordination.</source>
        <extracomment>flags.other-symptoms.text</extracomment>
        <translation>Des crampes qui durent depuis longtemps avec d&apos;autres symptômes, comme une faiblesse ou une mauvaise coordination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps while walking that go away when you rest. This can be a sign of poor circulation. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.walking-cramps.text</extracomment>
        <translation>Des crampes aux jambes en marchant qui disparaissent au repos. Cela peut être un signe de mauvaise circulation. Consultez un médecin dans les 1 à 2 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that began after you started a new medicine. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.new-medicine.text</extracomment>
        <translation>Des crampes qui ont commencé après le début d&apos;un nouveau médicament. Consultez un médecin dans les 1 à 2 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps if you drink a lot of alcohol. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.alcohol.text</extracomment>
        <translation>Des crampes si vous buvez beaucoup d&apos;alcool. Consultez un médecin dans les 1 à 2 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that don&apos;t get better with self-care, or that exercise or dehydration don&apos;t explain.</source>
        <extracomment>flags.no-improvement.text</extracomment>
        <translation>Des crampes qui ne s&apos;améliorent pas avec les soins personnels, ou que l&apos;exercice ou la déshydratation n&apos;expliquent pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that keep you from sleeping well or from doing the things you love, like sports.</source>
        <extracomment>flags.sleep-sports.text</extracomment>
        <translation>Des crampes qui vous empêchent de bien dormir ou de faire ce que vous aimez, comme le sport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in the upper back.</source>
        <extracomment>flags.upper-back.text</extracomment>
        <translation>Des crampes dans le haut du dos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More cramps since a new medicine. Don&apos;t stop or change it on your own: bring your diary and your list of medicines.</source>
        <extracomment>flags.more-after-medicine.text</extracomment>
        <translation>Plus de crampes depuis un nouveau médicament. Ne l&apos;arrêtez pas et ne le changez pas de vous-même&#xa0;: apportez votre journal et la liste de vos médicaments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your diary shows cramps on most nights.</source>
        <extracomment>flags.most-nights.text</extracomment>
        <translation>Votre journal montre des crampes la plupart des nuits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions about vitamins or minerals, such as whether a supplement could help you.</source>
        <extracomment>flags.supplements.text</extracomment>
        <translation>Des questions sur les vitamines ou les minéraux, par exemple pour savoir si un complément pourrait vous aider.</translation>
    </message>
</context>
<context>
    <name>data:relief/universal.json</name>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing.</source>
        <extracomment>steps[0].text</extracomment>
        <translation>Arrêtez ce que vous faisiez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>steps[1].text</extracomment>
        <translation>Étirez doucement le muscle et gardez l&apos;étirement jusqu&apos;à ce que la crampe se calme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>steps[2].text</extracomment>
        <translation>Massez le muscle, pendant l&apos;étirement ou après.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramp: get up and walk, or shake the leg. Putting your weight on it may help.</source>
        <extracomment>steps[3].text</extracomment>
        <translation>Crampe à la jambe&#xa0;: levez-vous et marchez, ou secouez la jambe. Mettre votre poids dessus peut aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At night, sit up first and get up slowly before you stand. Hold on to something fixed, like a wall or a bed frame, never a chair on wheels.</source>
        <extracomment>steps[4].text</extracomment>
        <translation>La nuit, asseyez-vous d&apos;abord et levez-vous lentement avant de vous tenir debout. Tenez-vous à quelque chose de fixe, comme un mur ou un cadre de lit, jamais à une chaise à roulettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still tight? Warmth may help. Sore or tender? Cold may help. Follow the heat and cold rules.</source>
        <extracomment>steps[5].text</extracomment>
        <translation>Toujours contracté&#xa0;? La chaleur peut aider. Douloureux ou sensible&#xa0;? Le froid peut aider. Suivez les règles pour le chaud et le froid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards, a pain reliever such as ibuprofen or acetaminophen (paracetamol) may ease soreness. During a cramp it works too slowly to help.</source>
        <extracomment>steps[6].text</extracomment>
        <translation>Après la crampe, un antidouleur comme l&apos;ibuprofène ou le paracétamol (acétaminophène) peut soulager la douleur. Pendant une crampe, il agit trop lentement pour aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs): ask a pharmacist or doctor first if you are pregnant or take blood thinners.</source>
        <extracomment>steps[7].text</extracomment>
        <translation>Ibuprofène et médicaments semblables (AINS)&#xa0;: demandez d&apos;abord à un pharmacien ou à un médecin si vous êtes enceinte ou si vous prenez un anticoagulant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask first, too, if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure or asthma.</source>
        <extracomment>steps[8].text</extracomment>
        <translation>Demandez aussi d&apos;abord si vous avez des problèmes de reins, de cœur ou de foie, un ulcère de l&apos;estomac, une tension artérielle élevée ou de l&apos;asthme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the label. Ask a pharmacist first if you have other conditions or take other medicines.</source>
        <extracomment>steps[9].text</extracomment>
        <translation>Suivez la notice. Demandez d&apos;abord à un pharmacien si vous avez d&apos;autres maladies ou prenez d&apos;autres médicaments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>steps[10].text</extracomment>
        <translation>Le muscle peut rester douloureux jusqu&apos;à 24 heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>heat_cold[0].text</extracomment>
        <translation>Le chaud convient à un muscle encore contracté. Le froid convient à un muscle douloureux ou sensible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick options: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>heat_cold[1].text</extracomment>
        <translation>Solutions rapides&#xa0;: une douche chaude sur le muscle pendant environ 5 minutes, un bain chaud, ou de la glace enveloppée dans un tissu et passée dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use heat or cold for 15 to 20 minutes at a time, never more than 20.</source>
        <extracomment>heat_cold[2].text</extracomment>
        <translation>Utilisez le chaud ou le froid 15 à 20 minutes à la fois, jamais plus de 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always keep a cloth between your skin and the heat or ice.</source>
        <extracomment>heat_cold[3].text</extracomment>
        <translation>Gardez toujours un tissu entre votre peau et la source de chaleur ou la glace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>heat_cold[4].text</extracomment>
        <translation>Ne vous endormez jamais sur une bouillotte ou un coussin chauffant, ni avec une poche de glace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh injury rather than a cramp? Don&apos;t put heat on it.</source>
        <extracomment>heat_cold[5].text</extracomment>
        <translation>Une blessure récente plutôt qu&apos;une crampe&#xa0;? N&apos;y mettez pas de chaleur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes or nerve damage? No heat, ice or hot soaks on skin that feels numb, unless a clinician said it&apos;s OK.</source>
        <extracomment>numb_skin[0].text</extracomment>
        <translation>Diabète ou atteinte des nerfs&#xa0;? Pas de chaleur, de glace ni de bain chaud sur une peau engourdie, sauf si un soignant vous a dit que c&apos;est possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test water with your elbow or wrist, never your foot. Use lukewarm water, not hot.</source>
        <extracomment>numb_skin[1].text</extracomment>
        <translation>Testez l&apos;eau avec le coude ou le poignet, jamais avec le pied. Utilisez de l&apos;eau tiède, pas chaude.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your skin feels normal, use heat or ice for about 10 minutes at most, and check your skin every few minutes.</source>
        <extracomment>numb_skin[2].text</extracomment>
        <translation>Là où votre peau a une sensibilité normale, utilisez le chaud ou la glace environ 10 minutes au plus, et vérifiez votre peau toutes les quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen or other NSAIDs unless a doctor prescribed them. Acetaminophen (paracetamol) is the usual choice. Ask a midwife, doctor or pharmacist first.</source>
        <extracomment>pregnancy[0].text</extracomment>
        <translation>Enceinte&#xa0;? Ne prenez pas d&apos;ibuprofène ni d&apos;autres AINS sauf s&apos;ils vous ont été prescrits par un médecin. Le paracétamol (acétaminophène) est le choix habituel. Demandez d&apos;abord à une sage-femme, un médecin ou un pharmacien.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings, seated</source>
        <extracomment>name</extracomment>
        <translation>Mollets et ischio-jambiers au coucher, assis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same routine sitting on the bed or the floor, for when standing is hard or you are tired: a towel calf stretch and a seated hamstring stretch, each leg. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation>Le même programme assis sur le lit ou au sol, pour quand rester debout est difficile ou que vous êtes fatigué&#xa0;: un étirement du mollet avec une serviette et un étirement des ischio-jambiers assis, pour chaque jambe. Les maintiens restent à 10 secondes, comme dans l&apos;étude.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings</source>
        <extracomment>name</extracomment>
        <translation>Mollets et ischio-jambiers au coucher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretches from a study of adults over 55 with night leg cramps: calf and hamstring, each leg, hold about 10 seconds at a moderate stretch, relax 10 seconds, 3 times, just before you go to sleep. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation>Les étirements d&apos;une étude chez des adultes de plus de 55 ans ayant des crampes nocturnes des jambes&#xa0;: mollet et ischio-jambiers, chaque jambe, tenir environ 10 secondes en étirement modéré, relâcher 10 secondes, 3 fois, juste avant de vous endormir. Les maintiens restent à 10 secondes, comme dans l&apos;étude.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended, seated or lying</source>
        <extracomment>name</extracomment>
        <translation>Coucher, version longue, assis ou allongé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seated calf and hamstring stretches, then optional comfort stretches for the foot and, lying on your side, the front of the thigh.</source>
        <extracomment>description</extracomment>
        <translation>Les étirements des mollets et des ischio-jambiers assis, puis des étirements de confort facultatifs pour le pied et, allongé sur le côté, pour le devant de la cuisse.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended</source>
        <extracomment>name</extracomment>
        <translation>Coucher, version longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calf and hamstring stretches, then optional comfort stretches for the lower calf, the foot, the front of the thigh and the hip.</source>
        <extracomment>description</extracomment>
        <translation>Les étirements des mollets et des ischio-jambiers, puis des étirements de confort facultatifs pour le bas du mollet, le pied, le devant de la cuisse et la hanche.</translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break, seated</source>
        <extracomment>name</extracomment>
        <translation>Pause étirements au bureau, assis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk break without standing up: ankle pumps, a hamstring stretch on your chair, a foot stretch and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation>La pause au bureau sans vous lever&#xa0;: flexions des chevilles, étirement des ischio-jambiers sur votre chaise, étirement du pied et étirement du cou.</translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break</source>
        <extracomment>name</extracomment>
        <translation>Pause étirements au bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At your desk: ankle pumps and a hamstring stretch sitting down, calf raises and a thigh stretch holding on to your desk or a wall, and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation>À votre bureau&#xa0;: flexions des chevilles et étirement des ischio-jambiers assis, montées sur la pointe des pieds et étirement de la cuisse en vous tenant à votre bureau ou à un mur, et étirement du cou.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-arm.json</name>
    <message>
        <location line="+2"/>
        <source>Arm cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du bras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall to stretch the forearm, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Appuyez la main ouverte à plat sur une table ou un mur pour étirer l&apos;avant-bras, et tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-back.json</name>
    <message>
        <location line="+2"/>
        <source>Back cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose, then hugging the knees to the chest, breathing slowly.</source>
        <extracomment>description</extracomment>
        <translation>La posture de l&apos;enfant, puis les genoux serrés contre la poitrine, en respirant lentement.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-belly.json</name>
    <message>
        <location line="+2"/>
        <source>Belly cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du ventre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long, breathing slowly and deeply.</source>
        <extracomment>description</extracomment>
        <translation>Allongez-vous sur le dos et étirez-vous en longueur, en respirant lentement et profondément.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Calf cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du mollet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle calf stretch sitting or lying, with a towel or sheet around the foot. Hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Un étirement doux du mollet, assis ou allongé, avec une serviette ou un drap autour du pied. Tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Foot cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du pied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull the toes back toward the shin and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Tirez les orteils vers le tibia et tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Back-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe de l&apos;arrière de la cuisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips over a straight leg and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Penchez-vous en avant à partir des hanches au-dessus d&apos;une jambe tendue et tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hand.json</name>
    <message>
        <location line="+2"/>
        <source>Hand cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe de la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Appuyez la main ouverte à plat sur une table ou un mur et tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-neck.json</name>
    <message>
        <location line="+2"/>
        <source>Neck cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du cou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle side stretch for the neck, each side. Don&apos;t force it.</source>
        <extracomment>description</extracomment>
        <translation>Un étirement latéral doux du cou, de chaque côté. Ne forcez pas.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-quadriceps.json</name>
    <message>
        <location line="+2"/>
        <source>Front-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Soulager une crampe du devant de la cuisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward the buttock, holding on to a wall or a sturdy chair that cannot roll, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Amenez le talon vers la fesse en vous tenant à un mur ou à une chaise solide qui ne peut pas rouler, et tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
    <message>
        <source>Bring the heel toward the buttock, holding a chair, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="vanished">Amenez le talon vers la fesse en vous tenant à une chaise, et tenez jusqu&apos;à ce que la crampe lâche.</translation>
    </message>
</context>
<context>
    <name>data:tips/tips.json</name>
    <message>
        <location line="+2"/>
        <source>Your clinician&apos;s fluid limit comes first. Log what you drink here, and check with them before drinking more than they advised.</source>
        <extracomment>tips.water-fluid-limit.text</extracomment>
        <translation>La limite de liquides fixée par votre soignant passe avant tout. Notez ici vos boissons, et demandez-lui avant de boire plus que ce qu&apos;il conseille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot weather and exercise raise how much fluid you need. Small, frequent sips may work better than a few large drinks.</source>
        <extracomment>tips.water-heat.text</extracomment>
        <translation>La chaleur et l&apos;exercice augmentent vos besoins en liquides. De petites gorgées fréquentes peuvent mieux convenir que quelques grandes boissons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart, kidney, liver or thyroid problems, diuretics and some medicines change fluid needs. If one applies, ask your clinician how much to drink.</source>
        <extracomment>tips.water-conditions.text</extracomment>
        <translation>Problèmes de cœur, reins, foie ou thyroïde, diurétiques et certains médicaments modifient les besoins en liquides. Dans ce cas, demandez à votre soignant combien boire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More is not always better: drinking far too much water can dilute the sodium in your blood. Spread your drinks through the day.</source>
        <extracomment>tips.water-overdrink.text</extracomment>
        <translation>Plus n&apos;est pas toujours mieux&#xa0;: boire beaucoup trop d&apos;eau peut diluer le sodium dans le sang. Répartissez vos boissons sur la journée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pale, clear-yellow urine is a simple sign that you are probably drinking enough.</source>
        <extracomment>tips.water-urine.text</extracomment>
        <translation>Une urine pâle, jaune clair, est un signe simple que vous buvez probablement assez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating in the heat, a sports drink or a regular meal may help replace lost salt. Salt tablets are not advised.</source>
        <extracomment>tips.water-sweat.text</extracomment>
        <translation>Après une forte transpiration prolongée à la chaleur, une boisson d&apos;effort ou un repas peut aider à remplacer le sel perdu. Comprimés de sel déconseillés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for long periods is listed as a risk factor for muscle cramps; standing up for a gentle stretch breaks it up.</source>
        <extracomment>tips.stretch-sitting.text</extracomment>
        <translation>Rester assis longtemps est cité comme un facteur de risque des crampes musculaires&#xa0;; se lever pour un étirement doux interrompt cette position.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular calf stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>tips.stretch-calf.text</extracomment>
        <translation>Étirer régulièrement les mollets peut aider à réduire les crampes, même si cela ne les empêche pas toujours complètement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>tips.stretch-intensity.text</extracomment>
        <translation>Étirez jusqu&apos;à une tension franche et modérée, jamais jusqu&apos;à une douleur vive, et continuez à respirer pendant le maintien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most adults hold a stretch for 10 to 30 seconds; older adults may do better holding for 30 to 60 seconds.</source>
        <extracomment>tips.stretch-hold.text</extracomment>
        <translation>La plupart des adultes tiennent un étirement 10 à 30 secondes&#xa0;; les personnes âgées peuvent avoir intérêt à le tenir 30 à 60 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day is the most effective.</source>
        <extracomment>tips.stretch-daily.text</extracomment>
        <translation>S&apos;étirer deux ou trois jours par semaine aide la souplesse, et s&apos;étirer tous les jours est le plus efficace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long spells of sitting are named as a risk factor for cramps. A few minutes of walking breaks them up.</source>
        <extracomment>tips.move-sitting.text</extracomment>
        <translation>Les longues périodes assises sont citées comme un facteur de risque des crampes. Quelques minutes de marche les interrompent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a large study, longer unbroken sitting was linked to higher health risks. Getting up at least every 30 minutes may help.</source>
        <extracomment>tips.move-thirty.text</extracomment>
        <translation>Une vaste étude a lié la station assise prolongée à plus de risques de santé. Se lever au moins toutes les 30 minutes peut aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a small study, five minutes of light walking every half hour lowered blood sugar spikes and blood pressure over a long sitting day.</source>
        <extracomment>tips.move-five-minutes.text</extracomment>
        <translation>Cinq minutes de marche légère par demi-heure ont réduit les pics de sucre sanguin et la tension artérielle sur une longue journée assise (petite étude).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even a two-minute light walk every 20 minutes lowered blood sugar after meals in a lab study of adults aged 45 to 65.</source>
        <extracomment>tips.move-two-minutes.text</extracomment>
        <translation>Même deux minutes de marche légère par 20 minutes ont réduit le sucre sanguin après les repas (étude en laboratoire, 45 à 65 ans).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing still for long periods has also been linked to night leg cramps, so walk around rather than just standing up.</source>
        <extracomment>tips.move-standing.text</extracomment>
        <translation>Rester debout immobile longtemps a aussi été associé aux crampes nocturnes des jambes&#xa0;: marchez un peu plutôt que de simplement vous lever.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts suggest building up to two hours a day of standing and light activity at work, then working toward four.</source>
        <extracomment>tips.move-daily-goal.text</extracomment>
        <translation>Des experts conseillent d&apos;arriver progressivement à deux heures par jour debout et en activité légère au travail, puis de viser quatre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeping sheets and blankets loose at the foot of the bed may help with night leg cramps.</source>
        <extracomment>tips.bedtime-loose-sheets.text</extracomment>
        <translation>Garder les draps et couvertures lâches au pied du lit peut aider contre les crampes nocturnes des jambes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your back? Propping your feet on pillows so your toes point up may help.</source>
        <extracomment>tips.bedtime-on-back.text</extracomment>
        <translation>Vous dormez sur le dos&#xa0;? Caler vos pieds sur des oreillers pour que vos orteils pointent vers le haut peut aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your front? Letting your feet hang over the end of the bed may help.</source>
        <extracomment>tips.bedtime-on-front.text</extracomment>
        <translation>Vous dormez sur le ventre&#xa0;? Laisser vos pieds dépasser du bout du lit peut aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calf and hamstring stretches just before sleep may help reduce how often night cramps come and how much they hurt.</source>
        <extracomment>tips.bedtime-stretch.text</extracomment>
        <translation>Des étirements des mollets et des ischio-jambiers juste avant de dormir peuvent aider à réduire la fréquence des crampes nocturnes et la douleur qu&apos;elles causent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of leg stretches or a stationary bike before bed may also help.</source>
        <extracomment>tips.bedtime-bike.text</extracomment>
        <translation>Quelques minutes d&apos;étirements des jambes ou de vélo d&apos;appartement avant le coucher peuvent aussi aider.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom.</source>
        <extracomment>tips.bedtime-drinks.text</extracomment>
        <translation>Boire moins pendant les 2 heures avant le coucher peut aider à réduire les levers nocturnes pour aller aux toilettes.</translation>
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
        <translation>Votre suivi de deux semaines est terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of those 14 nights is ready in Your data.</source>
        <translation>Le rapport de ces 14 nuits est prêt dans Vos données.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="+24"/>
        <source>Calf</source>
        <translation>Mollet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot and toes</source>
        <translation>Pied et orteils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of thigh</source>
        <translation>Cuisse (arrière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of thigh</source>
        <translation>Cuisse (avant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand and fingers</source>
        <translation>Main et doigts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation>Ventre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many muscles / all over</source>
        <translation>Tout le corps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>les deux côtés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tight, a knot</source>
        <translation>contracté, un nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard or bulging</source>
        <translation>dur ou gonflé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twitching</source>
        <translation>contractions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulling</source>
        <translation>tiraillement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burning</source>
        <translation>brûlure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tingling or numb</source>
        <translation>fourmillements ou engourdissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aching</source>
        <translation>douleur sourde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>asleep (it woke me)</source>
        <translation>en dormant (ça m&apos;a réveillé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in bed, awake</source>
        <translation>au lit, éveillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>assis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>exercice physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the heat</source>
        <translation>à la chaleur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stretching</source>
        <translation>étirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage</source>
        <translation>massage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking</source>
        <translation>marche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>chaleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cold</source>
        <translation>froid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pain reliever</source>
        <translation>un antidouleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>swelling, redness or warmth of the leg</source>
        <translation>gonflement, rougeur ou chaleur de la jambe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <translation>changements de la peau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <translation>engourdissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <translation>faiblesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps elsewhere</source>
        <translation>crampes ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recent wound</source>
        <translation>une plaie récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with a chemical or poison</source>
        <translation>contact avec un produit chimique ou un poison</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diabetes</source>
        <translation>Diabète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thyroid disease</source>
        <translation>Maladie de la thyroïde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidney disease</source>
        <translation>Maladie des reins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver disease</source>
        <translation>Maladie du foie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart disease</source>
        <translation>Maladie du cœur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular (circulation) disease</source>
        <translation>Maladie vasculaire (circulation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nerve damage (neuropathy)</source>
        <translation>Atteinte des nerfs (neuropathie)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do not stop or change any medicine on your own. If cramps started or worsened after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <translation>N&apos;arrêtez et ne modifiez aucun médicament de vous-même. Si les crampes ont commencé ou se sont aggravées après un nouveau médicament, apportez votre journal et la liste de vos médicaments à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+140"/>
        <source>area not given</source>
        <translation>zone non indiquée</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (over 10 min)</source>
        <translation>%1 (plus de 10 min)</translation>
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
        <translation>Les besoins varient selon l&apos;activité, le climat et l&apos;alimentation. À titre indicatif, le NHS (service de santé britannique) indique 6 à 8 verres par jour&#xa0;; les Académies nationales américaines indiquent environ %1 de boissons pour les femmes et %2 pour les hommes.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Suggested daily goals</source>
        <translation>Objectifs quotidiens suggérés</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>8 glasses (%1)</source>
        <translation>8 verres (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the NHS guide as my goal: 8 glasses, %1 a day</source>
        <translation>Prendre le repère du NHS comme objectif&#xa0;: 8 verres, %1 par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS: 6 to 8 glasses a day (8 glasses: %1)</source>
        <translation>NHS&#xa0;: 6 à 8 verres par jour (8 verres&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (women)</source>
        <translation>%1 (femmes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for women as my goal: %1 a day</source>
        <translation>Prendre le repère américain pour les femmes comme objectif&#xa0;: %1 par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, women: about %1 a day from drinks</source>
        <translation>Académies nationales américaines, femmes&#xa0;: environ %1 de boissons par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (men)</source>
        <translation>%1 (hommes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for men as my goal: %1 a day</source>
        <translation>Prendre le repère américain pour les hommes comme objectif&#xa0;: %1 par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, men: about %1 a day from drinks</source>
        <translation>Académies nationales américaines, hommes&#xa0;: environ %1 de boissons par jour</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 logged today. Your fluid limit: %2 a day.</source>
        <translation>%1 noté aujourd&apos;hui. Votre limite de liquides&#xa0;: %2 par jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 today</source>
        <translation>%1 aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 today</source>
        <translation>%1 sur %2 aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation>Vous avez atteint la limite fixée par votre soignant pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation>Vous êtes proche de la limite fixée par votre soignant pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With a fluid limit, the app never asks you to drink and sets no goal. Log what you drink to see your total against your limit.</source>
        <translation>Avec une limite de liquides, l&apos;application ne vous demande jamais de boire et ne fixe pas d&apos;objectif. Notez ce que vous buvez pour voir votre total par rapport à votre limite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has a doctor or nurse told you to limit how much you drink each day?</source>
        <translation>Un médecin ou un infirmier vous a-t-il dit de limiter la quantité que vous buvez chaque jour&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With heart or kidney problems, drinking too much can be harmful. Many people with heart failure are told to keep to about 1.5 liters a day; advice differs from person to person. If you have a limit, tick the box and enter it.</source>
        <translation>Avec des problèmes de cœur ou de reins, boire trop peut être dangereux. On conseille souvent aux personnes atteintes d&apos;insuffisance cardiaque de s&apos;en tenir à environ 1,5 litre par jour&#xa0;; les conseils diffèrent d&apos;une personne à l&apos;autre. Si vous avez une limite, cochez la case et indiquez-la.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_geometry.py" line="+113"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+603"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+7"/>
        <source>Highlighted</source>
        <translation>En évidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No data for this period</source>
        <translation>Pas de données pour cette période</translation>
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
        <translation>Graphique&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data for this period.</source>
        <translation>Pas de données pour cette période.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s).</source>
        <translation>
            <numerusform>%n valeur.</numerusform>
            <numerusform>%n valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>%1: %2.</source>
        <comment>legend name, count</comment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%n without data.</source>
        <translation>
            <numerusform>%n sans données.</numerusform>
            <numerusform>%n sans données.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest: %1 (%2).</source>
        <translation>Maximum&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total: %1.</source>
        <translation>Total&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal reached for %1 of %2.</source>
        <translation>Objectif atteint %1 sur %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; over it for %3 of %4.</source>
        <comment>ceiling name, value, count, of</comment>
        <translation>%1&#xa0;: %2&#xa0;; dépassé %3 sur %4.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="-395"/>
        <source>relief panel</source>
        <translation>panneau de soulagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diary</source>
        <translation>journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in</source>
        <translation>point du matin</translation>
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
            <numerusform>%n crampe</numerusform>
            <numerusform>%n crampes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Saved %n night(s).</source>
        <translation>
            <numerusform>%n nuit enregistrée.</numerusform>
            <numerusform>%n nuits enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The %n night(s) are as they were.</source>
        <translation>
            <numerusform>%n nuit remise comme avant.</numerusform>
            <numerusform>%n nuits remises comme avant.</numerusform>
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
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+118"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-37"/>
        <location line="+41"/>
        <location line="+35"/>
        <source>Cramps</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine</source>
        <translation>Programme du coucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting breaks</source>
        <translation>Pauses assises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That night</source>
        <translation>Cette nuit-là</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A warning sign was ticked for a cramp of this day.</source>
        <translation>Un signe d&apos;alerte a été coché pour une crampe de ce jour.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cramp was logged that night and the morning check-in was not answered, so it is not known whether it was a night without cramps.</source>
        <translation>Aucune crampe n&apos;a été notée cette nuit-là et le point du matin n&apos;a pas été rempli&#xa0;: on ne sait donc pas si c&apos;était une nuit sans crampes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, worst %2</source>
        <translation>%1, la pire %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, warning sign</source>
        <translation>%1, signe d&apos;alerte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, over your limit</source>
        <translation>%1, au-dessus de votre limite</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+11"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-51"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, goal reached</source>
        <translation>%1, objectif atteint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with cramps</source>
        <translation>avec crampes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without cramps</source>
        <translation>sans crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-225"/>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/history.py" line="-8"/>
        <source>over your fluid limit on %n day(s)</source>
        <translation>
            <numerusform>au-dessus de votre limite de liquides %n jour</numerusform>
            <numerusform>au-dessus de votre limite de liquides %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>water goal reached on %n day(s)</source>
        <translation>
            <numerusform>objectif d&apos;eau atteint %n jour</numerusform>
            <numerusform>objectif d&apos;eau atteint %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation type="vanished">
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <comment>cramps on days</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="vanished">
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <comment>the days of &apos;cramps on days&apos;</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bedtime routine done on %n night(s)</source>
        <translation>
            <numerusform>programme du coucher fait %n nuit</numerusform>
            <numerusform>programme du coucher fait %n nuits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Recorded nights with cramps: %1 of %n.</source>
        <translation>
            <numerusform>Nuits notées avec crampes&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Nuits notées avec crampes&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nights not recorded (no cramp logged, morning check-in not answered): %n.</source>
        <translation>
            <numerusform>Nuits non notées (aucune crampe notée, point du matin non rempli)&#xa0;: %n.</numerusform>
            <numerusform>Nuits non notées (aucune crampe notée, point du matin non rempli)&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Nights not recorded, left out: %n.</source>
        <translation>
            <numerusform>Nuits non notées, laissées de côté&#xa0;: %n.</numerusform>
            <numerusform>Nuits non notées, laissées de côté&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/medicine_dialog.py" line="+35"/>
        <source>Enter the medicine&apos;s name.</source>
        <translation>Indiquez le nom du médicament.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most %1 characters.</source>
        <translation>Le nom peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note can have at most %1 characters.</source>
        <translation>La note peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stop date is before the start date.</source>
        <translation>La date d&apos;arrêt est avant la date de début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is in the future.</source>
        <translation>La date de début est dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stop date is in the future: mark it stopped on the day you stop.</source>
        <translation>La date d&apos;arrêt est dans le futur&#xa0;: marquez-le arrêté le jour où vous l&apos;arrêtez.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark a medicine stopped</source>
        <translation>Marquer un médicament comme arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a medicine</source>
        <translation>Modifier un médicament</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-182"/>
        <source>Add a medicine</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine name</source>
        <translation>Nom du médicament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as on the pack, such as Simvastatin 20 mg</source>
        <translation>comme sur la boîte, par exemple Simvastatine 20 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date started</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;known</source>
        <translation>&amp;Inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date not known</source>
        <translation>Date de début inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date stopped</source>
        <translation>Date d&apos;arrêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still takin&amp;g it</source>
        <translation>Je le prends tou&amp;jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still taking it</source>
        <translation>Je le prends toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;opped:</source>
        <translation>&amp;Arrêté le&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note, such as the dose or a dose change</source>
        <translation>Note, par exemple la dose ou un changement de dose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose, or a change such as “dose doubled in May”</source>
        <translation>dose, ou un changement comme «&#xa0;dose doublée en mai&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>No&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the medicine</source>
        <translation>Enregistrer le médicament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+110"/>
        <location line="+3"/>
        <source>This entry has a problem.</source>
        <translation>Cette entrée a un problème.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-388"/>
        <source>Choose a month.</source>
        <translation>Choisissez un mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a year from %1 on.</source>
        <translation>Choisissez une année à partir de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That month has not come yet.</source>
        <translation>Ce mois n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose conditions from the list.</source>
        <translation>Choisissez les maladies dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other conditions can have at most %1 characters.</source>
        <translation>Les autres maladies peuvent avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+2"/>
        <location line="+39"/>
        <source>Health profile</source>
        <translation>Profil de santé</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Asked once, to help you and your clinician. Every answer is optional, is saved as you go and stays on this device unless you export it.</source>
        <translation>Demandé une seule fois, pour vous aider, vous et votre soignant. Chaque réponse est facultative, est enregistrée au fur et à mesure et reste sur cet appareil sauf si vous l&apos;exportez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the health profile</source>
        <translation>À propos du profil de santé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the health profile</source>
        <translation>Fermer le profil de santé</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>When did your cramps first start?</source>
        <translation>Quand vos crampes ont-elles commencé&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month cramps first started</source>
        <translation>Mois où les crampes ont commencé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year cramps first started</source>
        <translation>Année où les crampes ont commencé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;don&apos;t know</source>
        <translation>Je ne sa&amp;is pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know when my cramps started</source>
        <translation>Je ne sais pas quand mes crampes ont commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month and year:</source>
        <translation>&amp;Mois et année&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the month</source>
        <translation>Problème avec le mois</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Conditions you choose to share</source>
        <translation>Maladies que vous choisissez de partager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition: %1</source>
        <translation>Maladie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-128"/>
        <source>Other conditions</source>
        <translation>Autres maladies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in your own words</source>
        <translation>avec vos propres mots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other conditions:</source>
        <translation>Au&amp;tres maladies&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with other conditions</source>
        <translation>Problème avec les autres maladies</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Fluid limit</source>
        <translation>Limite de liquides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clinician set me a &amp;fluid limit</source>
        <translation>Un soignant m&apos;a fixé une &amp;limite de liquides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation>Un soignant m&apos;a fixé une limite de liquides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit per day</source>
        <translation>Limite de liquides par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit &amp;per day:</source>
        <translation>Limite &amp;par jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About fluid limits</source>
        <translation>À propos des limites de liquides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you have a fluid limit?</source>
        <translation>Avez-vous une limite de liquides&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why a fluid limit matters</source>
        <translation>Pourquoi une limite de liquides est importante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water is log only</source>
        <translation>L&apos;eau est seulement notée</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About medicines</source>
        <translation>À propos des médicaments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medicines, by start date</source>
        <translation>Médicaments, par date de début</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+347"/>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Stopped</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation>Numéros de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No medicines listed yet.</source>
        <translation>Aucun médicament pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected medicine</source>
        <translation>Modifier le médicament sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;stopped…</source>
        <translation>Marquer comme a&amp;rrêté…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected medicine stopped</source>
        <translation>Marquer le médicament sélectionné comme arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected medicine</source>
        <translation>Supprimer le médicament sélectionné</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>still taking</source>
        <translation>pris actuellement</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Deleted %1 from your medicines.</source>
        <translation>%1 supprimé de vos médicaments.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is back in your medicines.</source>
        <translation>%1 est de retour dans vos médicaments.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report.py" line="+84"/>
        <source>Spasm Desktop %1 · %2</source>
        <translation>Spasm Desktop %1 · %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key numbers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+82"/>
        <source>Muscle cramp diary summary</source>
        <translation>Résumé du journal des crampes musculaires</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-102"/>
        <source>outside the legs</source>
        <translation>hors des jambes</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-83"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/night_columns.py" line="+21"/>
        <source>Night of</source>
        <translation>Nuit du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many cramps</source>
        <translation>Combien de crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst, 0 to 10</source>
        <translation>La pire, de 0 à 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-200"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woke me</source>
        <translation>M&apos;a réveillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (none)</source>
        <translation>0 (aucune)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 or more</source>
        <translation>3 ou plus</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+1"/>
        <source>Duration (min:s)</source>
        <translation>Durée (min:s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+160"/>
        <source>What helped</source>
        <translation>Ce qui a aidé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (shortened)</source>
        <translation>Notes (raccourcies)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none shared</source>
        <translation>aucune partagée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none set</source>
        <translation>aucune fixée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps first started</source>
        <translation>Début des crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions shared</source>
        <translation>Maladies partagées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit set by a clinician</source>
        <translation>Limite de liquides fixée par un soignant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No medicines recorded.</source>
        <translation>Aucun médicament noté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile and medicines</source>
        <translation>Profil et médicaments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An episode belongs to the day it started on, in the person&apos;s time zone. A night is named by its evening and runs from noon to noon. A night cramp started between 20:00 and 08:00, or was marked as asleep, in bed or woke me.</source>
        <translation>Un épisode appartient au jour où il a commencé, dans le fuseau horaire de la personne. Une nuit porte le nom de sa soirée et va de midi à midi. Une crampe nocturne a commencé entre 20:00 et 08:00, ou a été marquée comme survenue en dormant, au lit ou en me réveillant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Durations, severity (0 = no pain, 10 = worst imaginable), sleep disturbance and next-day soreness (0–10) are the person&apos;s own estimates. Medians and means use the entries where a value was given.</source>
        <translation>Les durées, l&apos;intensité (0 = pas de douleur, 10 = la pire imaginable), le sommeil perturbé et la douleur du lendemain (0–10) sont des estimations de la personne elle-même. Les médianes et moyennes utilisent les entrées où une valeur a été indiquée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A night counts as recorded when a cramp was logged in it, the morning check-in was answered for it, or the bedtime routine was done and the morning answered. Nights with a cramp and nights woken are counted over the recorded nights; cramps per week over the recorded days (a recorded night, or a cramp logged that day). Unrecorded nights are not counted as nights without cramps.</source>
        <translation>Une nuit compte comme notée quand une crampe y a été notée, quand le point du matin a été rempli pour elle, ou quand le programme du coucher a été fait et le matin rempli. Les nuits avec une crampe et les nuits réveillées sont comptées sur les nuits notées&#xa0;; les crampes par semaine sur les jours notés (une nuit notée, ou une crampe notée ce jour-là). Les nuits non notées ne sont pas comptées comme des nuits sans crampes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trend compares the first and the last two weeks of periods of 28 days or more, else the two halves. Medicine changes show the cramps recorded in the 14 days before and from the day of the change; fewer days are counted near the start of the record or today.</source>
        <translation>La tendance compare les deux premières et les deux dernières semaines pour les périodes de 28 jours ou plus, sinon les deux moitiés. Les changements de médicaments montrent les crampes notées dans les 14 jours avant le changement et à partir du jour du changement&#xa0;; moins de jours sont comptés près du début des relevés ou d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red-flag entries are episodes with a warning sign ticked, and episodes in sites other than the legs and feet (hand, arm, neck, back, belly, chest, all over). Each warning is listed with the heading of its tier in the app&apos;s list of warning signs.</source>
        <translation>Les entrées avec signe d&apos;alerte sont les épisodes où un signe d&apos;alerte a été coché, et les épisodes situés ailleurs qu&apos;aux jambes et aux pieds (main, bras, cou, dos, ventre, poitrine, tout le corps). Chaque signe est listé avec le titre de son niveau dans la liste des signes d&apos;alerte de l&apos;application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About these figures</source>
        <translation>À propos de ces chiffres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramps are usually harmless, but they can sometimes be a sign of another health problem. The app cannot tell the difference.</source>
        <translation>Les crampes musculaires sont en général sans gravité, mais elles peuvent parfois être le signe d&apos;un autre problème de santé. L&apos;application ne peut pas faire la différence.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information about medicines is for discussion with your doctor or pharmacist. Never start, stop or change a medicine because of this app.</source>
        <translation>Les informations sur les médicaments sont à discuter avec votre médecin ou votre pharmacien. Ne commencez, n&apos;arrêtez et ne changez jamais un médicament à cause de cette application.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Warning sign</source>
        <translation>Signe d&apos;alerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When to get help</source>
        <translation>Quand demander de l&apos;aide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1</source>
        <comment>a week, by its first day</comment>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week by week</source>
        <translation>Semaine par semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week (from Monday)</source>
        <translation>Semaine (à partir du lundi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation>Nuits notées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean pain (0–10)</source>
        <translation>Douleur moyenne (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps × mean pain</source>
        <translation>Crampes × douleur moyenne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps × mean pain sums up what was recorded in each week; it is not a validated score. A week whose nights were not recorded shows —, not 0.</source>
        <translation>Crampes × douleur moyenne résume ce qui a été noté chaque semaine&#xa0;; ce n&apos;est pas un score validé. Une semaine dont les nuits n&apos;ont pas été notées affiche —, pas 0.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Red-flag entries (%1)</source>
        <translation>Entrées avec signe d&apos;alerte (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-262"/>
        <source>Red-flag entries</source>
        <translation>Entrées avec signe d&apos;alerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entry in this period had a warning sign ticked or was outside the legs.</source>
        <translation>Aucune entrée de cette période n&apos;avait de signe d&apos;alerte coché ni n&apos;était située hors des jambes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All medicine changes in this period</source>
        <translation>Tous les changements de médicaments de cette période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions for the provider</source>
        <translation>Questions pour le médecin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the provider may ask</source>
        <translation>Ce que le médecin pourrait demander</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes for the appointment</source>
        <translation>Notes pour le rendez-vous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All cramp episodes (%1)</source>
        <translation>Tous les épisodes de crampe (%1)</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-63"/>
        <source>%1 cramps per affected night</source>
        <translation>%1 crampes par nuit touchée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cramp at night</source>
        <translation>pas de crampe la nuit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest %1</source>
        <translation>la plus longue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no duration recorded</source>
        <translation>aucune durée notée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst %1 · %2 rated</source>
        <translation>la pire&#xa0;: %1 · %2 évaluées</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message numerus="yes">
        <location line="-392"/>
        <source>mean of %Ln score(s)</source>
        <translation>
            <numerusform>moyenne de %Ln note</numerusform>
            <numerusform>moyenne de %Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps recorded</source>
        <translation>Crampes notées</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation type="vanished">%1 par semaine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with a cramp</source>
        <translation>Nuits avec une crampe</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>recorded; %Ln not recorded</source>
        <translation>
            <numerusform>notées&#xa0;; %Ln non notée</numerusform>
            <numerusform>notées&#xa0;; %Ln non notées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration, median</source>
        <translation>Durée, médiane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 10 minutes</source>
        <translation>Plus de 10 minutes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln with a duration</source>
        <translation>
            <numerusform>sur %Ln avec une durée</numerusform>
            <numerusform>sur %Ln avec une durée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain, median</source>
        <translation>Douleur, médiane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken</source>
        <translation>Nuits réveillées</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln recorded night(s)</source>
        <translation>
            <numerusform>sur %Ln nuit notée</numerusform>
            <numerusform>sur %Ln nuits notées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep disturbance (0–10)</source>
        <translation>Sommeil perturbé (0–10)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listed on page 2</source>
        <translation>listés en page 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none in this period</source>
        <translation>aucun pendant cette période</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Medicine started or stopped</source>
        <translation>Médicament commencé ou arrêté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps per day</source>
        <translation>Crampes par jour</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramps per month</source>
        <translation>Crampes par mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps per week (weeks from Monday)</source>
        <translation>Crampes par semaine (semaines à partir du lundi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time of day (hours)</source>
        <translation>Heure de la journée (heures)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln other area(s) and side(s)</source>
        <translation>
            <numerusform>%Ln autre zone ou côté</numerusform>
            <numerusform>%Ln autres zones et côtés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At night (20:00–08:00, or asleep or in bed)</source>
        <translation>La nuit (20:00–08:00, ou en dormant ou au lit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During the day</source>
        <translation>Dans la journée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At rest (asleep, in bed or sitting)</source>
        <translation>Au repos (en dormant, au lit ou assis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During or after exercise</source>
        <translation>Pendant ou après l&apos;exercice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What they were doing</source>
        <translation>Ce que la personne faisait</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+116"/>
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="-111"/>
        <source>When and doing what</source>
        <translation>Quand et en faisant quoi</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The period is too short to compare.</source>
        <translation>La période est trop courte pour comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First 2 weeks</source>
        <translation>2 premières semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First half</source>
        <translation>Première moitié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 weeks</source>
        <translation>2 dernières semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second half</source>
        <translation>Seconde moitié</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation type="vanished">Crampes par semaine</translation>
    </message>
    <message numerus="yes">
        <location line="-205"/>
        <source>%1 per week over %Ln recorded day(s)</source>
        <translation>
            <numerusform>%1 par semaine sur %Ln jour noté</numerusform>
            <numerusform>%1 par semaine sur %Ln jours notés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing recorded</source>
        <translation>rien de noté</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Recorded days</source>
        <translation>Jours notés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week of recorded days</source>
        <translation>Crampes par semaine de jours notés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median pain</source>
        <translation>Douleur médiane</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Days over the current fluid limit</source>
        <translation>Jours au-dessus de la limite de liquides actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>on %1 days</source>
        <translation>sur %1 jours</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+2"/>
        <source>Water goal reached</source>
        <translation>Objectif d&apos;eau atteint</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no daily goal set</source>
        <translation>pas d&apos;objectif quotidien fixé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1 days with a goal</source>
        <translation>sur %1 jours avec un objectif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime routine done</source>
        <translation>Programme du coucher fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nights (%2)</source>
        <translation>%1 nuits (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drinks logged</source>
        <translation>Boissons notées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breaks from sitting</source>
        <translation>Pauses de position assise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+20"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median time to relief</source>
        <translation>Temps médian avant soulagement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No relief method was recorded.</source>
        <translation>Aucune méthode de soulagement n&apos;a été notée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Soins personnels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days before</source>
        <translation>Crampes dans les 14 jours avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days from the change</source>
        <translation>Crampes dans les 14 jours à partir du changement</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln more change(s) in the appendix.</source>
        <translation>
            <numerusform>%Ln autre changement en annexe.</numerusform>
            <numerusform>%Ln autres changements en annexe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No medicine was started or stopped in this period.</source>
        <translation>Aucun médicament n&apos;a été commencé ni arrêté pendant cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medicines started or stopped (cramps counted, no interpretation)</source>
        <translation>Médicaments commencés ou arrêtés (crampes comptées, sans interprétation)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>median %1, worst %2 (%3 rated)</source>
        <translation>médiane %1, la pire %2 (%3 évaluées)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 woken; mean score %2</source>
        <translation>%1 réveillé(e)s&#xa0;; note moyenne %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln night(s)</source>
        <translation>
            <numerusform>%Ln nuit</numerusform>
            <numerusform>%Ln nuits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intense pain (0–10)</source>
        <translation>Douleur intense (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 minutes or less</source>
        <translation>10 minutes ou moins</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln with a duration</source>
        <translation>
            <numerusform>%1 sur %Ln avec une durée</numerusform>
            <numerusform>%1 sur %Ln avec une durée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the calf or foot</source>
        <translation>Dans le mollet ou le pied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore the next day</source>
        <translation>Douleur le lendemain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disruption</source>
        <translation>Sommeil perturbé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features of typical night leg cramps, as recorded (data only)</source>
        <translation>Caractéristiques des crampes nocturnes typiques des jambes, telles que notées (données seulement)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated %1 %2 by Spasm Desktop %3</source>
        <translation>Créé le %1 à %2 par Spasm Desktop %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This app offers general wellness information and reminders. It is not medical advice and does not diagnose, treat or cure any condition. Figures are counts of what the person recorded; they do not show causes.</source>
        <translation>Cette application propose des informations et des rappels de bien-être général. Ce n&apos;est pas un avis médical, et elle ne diagnostique, ne traite ni ne guérit aucune maladie. Les chiffres sont des comptes de ce que la personne a noté&#xa0;; ils ne montrent pas de causes.</translation>
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
        <translation type="vanished">%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="vanished">%1 h %2 min</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>started</source>
        <translation>commencé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient-reported data; not validated; not a diagnosis.</source>
        <translation>Données déclarées par le patient&#xa0;; non validées&#xa0;; pas un diagnostic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cramps were recorded in this period.</source>
        <translation>Aucune crampe n&apos;a été notée pendant cette période.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cramp area: %1</source>
        <translation>zone de la crampe&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more cramps since a new medicine</source>
        <translation>plus de crampes depuis un nouveau médicament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps on most nights</source>
        <translation>crampes la plupart des nuits</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_windows.py" line="+168"/>
        <source>Learn</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Learn page could not be loaded.</source>
        <translation>La page En savoir plus n&apos;a pas pu être chargée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="-51"/>
        <source>Already in your diary for this night: %n cramp(s). Count only any others.</source>
        <translation>
            <numerusform>Déjà dans votre journal pour cette nuit&#xa0;: %n crampe. Ne comptez que les autres.</numerusform>
            <numerusform>Déjà dans votre journal pour cette nuit&#xa0;: %n crampes. Ne comptez que les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/held_notice.py" line="+16"/>
        <source>Spasm Desktop could not save %n record(s) before quitting, because the records database can&apos;t be written to right now.</source>
        <translation>
            <numerusform>Spasm Desktop n&apos;a pas pu enregistrer %n relevé avant de quitter, car la base de données des relevés ne peut pas être écrite pour le moment.</numerusform>
            <numerusform>Spasm Desktop n&apos;a pas pu enregistrer %n relevés avant de quitter, car la base de données des relevés ne peut pas être écrite pour le moment.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is lost: they are kept in the file %1 and will be added to your records the next time Spasm Desktop starts. Please leave that file where it is.</source>
        <translation>Rien n&apos;est perdu&#xa0;: ils sont gardés dans le fichier %1 et seront ajoutés à vos relevés au prochain démarrage de Spasm Desktop. Merci de laisser ce fichier où il est.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some records are kept for later</source>
        <translation>Des relevés sont gardés pour plus tard</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Spasm Desktop could not save %n record(s) before quitting: neither the records database nor any folder for a recovery file can be written to, so they are lost.</source>
        <translation>
            <numerusform>Spasm Desktop n&apos;a pas pu enregistrer %n relevé avant de quitter&#xa0;: ni la base de données des relevés ni aucun dossier pour un fichier de récupération ne peuvent être écrits, il est donc perdu.</numerusform>
            <numerusform>Spasm Desktop n&apos;a pas pu enregistrer %n relevés avant de quitter&#xa0;: ni la base de données des relevés ni aucun dossier pour un fichier de récupération ne peuvent être écrits, ils sont donc perdus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the disk is not full or read-only before you start Spasm Desktop again.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein ou en lecture seule avant de redémarrer Spasm Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some records could not be saved</source>
        <translation>Des relevés n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="-380"/>
        <source>I &amp;drank a glass</source>
        <translation>J&apos;ai &amp;bu un verre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show me</source>
        <translation>&amp;Montrez-moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done, I moved</source>
        <translation>&amp;Fait, j&apos;ai bougé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;routine</source>
        <translation>&amp;Lancer le programme</translation>
    </message>
    <message>
        <location line="+399"/>
        <source>Cramp now? Choose “Cramp now” in the tray menu. When to see a doctor: “Learn about cramps”.</source>
        <translation>Une crampe maintenant&#xa0;? Choisissez «&#xa0;Crampe maintenant&#xa0;» dans le menu de la zone de notification. Quand consulter un médecin&#xa0;: «&#xa0;En savoir plus sur les crampes&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/reminder_presenter.py" line="+174"/>
        <source>Reminders: %1</source>
        <translation>Rappels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sample reminder</source>
        <translation>Exemple de rappel</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>All done</source>
        <translation>Tout est fait</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Snooze all %n minutes</source>
        <translation>
            <numerusform>Tout reporter de %n minute</numerusform>
            <numerusform>Tout reporter de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip all</source>
        <translation>Tout passer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I drank a glass</source>
        <translation>J&apos;ai bu un verre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me</source>
        <translation>Montrez-moi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, I moved</source>
        <translation>Fait, j&apos;ai bougé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start routine</source>
        <translation>Lancer le programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip tonight</source>
        <translation>Passer ce soir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Snooze %n minutes</source>
        <translation>
            <numerusform>Reporter de %n minute</numerusform>
            <numerusform>Reporter de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/salvaged.py" line="-1"/>
        <source>%n drink(s)</source>
        <translation>
            <numerusform>%n boisson</numerusform>
            <numerusform>%n boissons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) from sitting</source>
        <translation>
            <numerusform>%n pause de position assise</numerusform>
            <numerusform>%n pauses de position assise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stretch routine(s)</source>
        <translation>
            <numerusform>%n programme d&apos;étirements</numerusform>
            <numerusform>%n programmes d&apos;étirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n médicament</numerusform>
            <numerusform>%n médicaments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n health profile answer(s)</source>
        <translation>
            <numerusform>%n réponse du profil de santé</numerusform>
            <numerusform>%n réponses du profil de santé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) of water goals</source>
        <translation>
            <numerusform>%n jour d&apos;objectifs d&apos;eau</numerusform>
            <numerusform>%n jours d&apos;objectifs d&apos;eau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n morning check-in answer(s)</source>
        <translation>
            <numerusform>%n réponse au point du matin</numerusform>
            <numerusform>%n réponses au point du matin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drinks</source>
        <translation>boissons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation>crampes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation>pauses de position assise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation>programmes d&apos;étirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>médicaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation>profil de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation>objectifs d&apos;eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation>réponses au point du matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation>minuteurs des rappels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your record was damaged (the file on the disk could not be read in full), so Spasm Desktop made a new one from everything that could still be read.</source>
        <translation>Vos relevés étaient endommagés (le fichier sur le disque n&apos;a pas pu être lu en entier)&#xa0;: Spasm Desktop en a donc créé un nouveau à partir de tout ce qui pouvait encore être lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered: %1.</source>
        <translation>Récupéré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Rien n&apos;a pu être lu dans le fichier endommagé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries could not be read: %1.</source>
        <translation>Certaines entrées n&apos;ont pas pu être lues&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A daily backup can bring back what is missing: My record → Your data → Restore adds only what is not already here.</source>
        <translation>Une sauvegarde quotidienne peut récupérer ce qui manque&#xa0;: Mon historique → Vos données → Restaurer n&apos;ajoute que ce qui n&apos;est pas déjà là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything could be read; nothing was lost.</source>
        <translation>Tout a pu être lu&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged file is kept, unchanged, at %1.</source>
        <translation>Le fichier endommagé est gardé, sans changement, à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your record was repaired</source>
        <translation>Vos relevés ont été réparés</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/status_view.py" line="+138"/>
        <source>Your settings file could not be read, so the defaults are used. </source>
        <translation>Votre fichier de réglages n&apos;a pas pu être lu&#xa0;: les réglages par défaut sont donc utilisés. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were invalid and were reset: %1. </source>
        <translation>Certains réglages n&apos;étaient pas valides et ont été remis à zéro&#xa0;: %1. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old file was kept as %1.</source>
        <translation>L&apos;ancien fichier a été gardé sous le nom %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings reset</source>
        <translation>Réglages remis à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Records problem</source>
        <translation>Problème avec les relevés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You have no daily water goal, so your reminders keep coming as usual.</source>
        <translation>Vous n&apos;avez pas d&apos;objectif d&apos;eau quotidien&#xa0;: vos rappels continuent donc comme d&apos;habitude.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s water goal is %1.</source>
        <translation>L&apos;objectif d&apos;eau du jour est de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hot day or workout day</source>
        <translation>Jour de chaleur ou de sport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small, frequent sips work better than large drinks, and it is best not to exercise in extreme heat.</source>
        <translation>De petites gorgées fréquentes valent mieux que de grandes quantités d&apos;un coup, et mieux vaut ne pas faire d&apos;exercice par très forte chaleur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spasm Desktop can&apos;t write to its data folder, %1: it is read-only, belongs to someone else or was removed. Your reminders keep running, and what you log is kept in memory until it can be saved (on Quit, in a file that the next start adds). To fix it, make that folder yours and writable again, or check the disk.</source>
        <translation>Spasm Desktop ne peut pas écrire dans son dossier de données, %1&#xa0;: il est en lecture seule, appartient à quelqu&apos;un d&apos;autre ou a été supprimé. Vos rappels continuent, et ce que vous notez est gardé en mémoire jusqu&apos;à ce qu&apos;il puisse être enregistré (en quittant, dans un fichier que le prochain démarrage ajoute). Pour corriger cela, rendez ce dossier de nouveau à vous et accessible en écriture, ou vérifiez le disque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your records can&apos;t be saved right now (%1). Reminders keep running, and what you log is kept in memory and saved as soon as the database is writable again.</source>
        <translation>Vos relevés ne peuvent pas être enregistrés pour le moment (%1). Les rappels continuent, et ce que vous notez est gardé en mémoire et enregistré dès que la base de données est de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your records file is damaged (%1) and could not be repaired, so it was left unchanged. Reminders keep running, but what you log now is kept only while the app runs. Make sure the data folder has free space and can be written to, then start Spasm Desktop again.</source>
        <translation>Votre fichier de relevés est endommagé (%1) et n&apos;a pas pu être réparé&#xa0;: il a donc été laissé tel quel. Les rappels continuent, mais ce que vous notez maintenant n&apos;est gardé que tant que l&apos;application tourne. Vérifiez que le dossier de données a de la place libre et peut être écrit, puis redémarrez Spasm Desktop.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No system tray was found, so Spasm Desktop lives in this window. Closing it keeps reminders running; start Spasm Desktop again to bring it back.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée&#xa0;: Spasm Desktop vit donc dans cette fenêtre. La fermer laisse les rappels continuer&#xa0;; redémarrez Spasm Desktop pour la faire revenir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="-210"/>
        <source>%n reminder(s) will come when you are free</source>
        <translation>
            <numerusform>%n rappel arrivera quand vous serez libre</numerusform>
            <numerusform>%n rappels arriveront quand vous serez libre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+29"/>
        <source>This step lasts %n second(s)</source>
        <translation>
            <numerusform>Cette étape dure %n seconde</numerusform>
            <numerusform>Cette étape dure %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_launcher.py" line="+81"/>
        <source>Routine files not loaded</source>
        <translation>Fichiers de programmes non chargés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These routine files could not be used: %1. Everything else works; &apos;spasm-desktop routine list&apos; shows what is wrong in each.</source>
        <translation>Ces fichiers de programmes n&apos;ont pas pu être utilisés&#xa0;: %1. Tout le reste fonctionne&#xa0;; &apos;spasm-desktop routine list&apos; indique ce qui ne va pas dans chacun.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No routine</source>
        <translation>Aucun programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine %1 could not be loaded.</source>
        <translation>Le programme %1 n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A new, empty routine</source>
        <translation>Un nouveau programme vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy of: %1</source>
        <translation>Copie de&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make or change a routine</source>
        <translation>Créer ou modifier un programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not available on this computer</source>
        <translation>non disponible sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this computer (install speech-dispatcher or espeak-ng)</source>
        <translation>non disponible sur cet ordinateur (installez speech-dispatcher ou espeak-ng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound: %1. Speech: %2.</source>
        <translation>Son&#xa0;: %1. Voix&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="-24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_parts.py" line="+63"/>
        <source> min</source>
        <comment>suffix of a number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/setup/setup_windows.py" line="+135"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation>Spasm Desktop affichera la nouvelle langue au prochain démarrage. Pour la voir tout de suite, quittez Spasm Desktop depuis son menu dans la zone de notification et relancez-le.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/add_nights.py" line="-185"/>
        <source>%1: %2</source>
        <comment>night, column</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%n night(s) shown.</source>
        <translation>
            <numerusform>%n nuit affichée.</numerusform>
            <numerusform>%n nuits affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n night(s) shown: the latest nights that are over, two months at most.</source>
        <translation>
            <numerusform>%n nuit affichée&#xa0;: les dernières nuits terminées, deux mois au plus.</numerusform>
            <numerusform>%n nuits affichées&#xa0;: les dernières nuits terminées, deux mois au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n in your diary</source>
        <translation>
            <numerusform>%n dans votre journal</numerusform>
            <numerusform>%n dans votre journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/bedside_sheet.py" line="+56"/>
        <source>In the night or in the morning, write one row. How many cramps: circle 0 for none, or 1, 2, 3 or more. Worst: write 0 (no pain) to 10 (worst pain). Where: %1. Tick “woke me” if they woke you, or “not sure”.</source>
        <translation>Pendant la nuit ou le matin, remplissez une ligne. Combien de crampes&#xa0;: entourez 0 si aucune, ou 1, 2, 3 ou plus. La pire&#xa0;: écrivez de 0 (pas de douleur) à 10 (pire douleur). Où&#xa0;: %1. Cochez «&#xa0;m&apos;a réveillé&#xa0;» si elles vous ont réveillé, ou «&#xa0;pas sûr&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My nights: a bedside sheet</source>
        <translation>Mes nuits&#xa0;: une fiche de chevet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop: type these rows in with “Add nights” in the diary</source>
        <translation>Spasm Desktop&#xa0;: saisissez ces lignes avec «&#xa0;Ajouter des nuits&#xa0;» dans le journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="-142"/>
        <source>%Ln cramp episode(s)</source>
        <translation>
            <numerusform>%Ln épisode de crampe</numerusform>
            <numerusform>%Ln épisodes de crampe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln drink(s)</source>
        <translation>
            <numerusform>%Ln boisson</numerusform>
            <numerusform>%Ln boissons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln guided routine(s)</source>
        <translation>
            <numerusform>%Ln programme guidé</numerusform>
            <numerusform>%Ln programmes guidés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln break(s) from sitting</source>
        <translation>
            <numerusform>%Ln pause de position assise</numerusform>
            <numerusform>%Ln pauses de position assise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln reminder record(s)</source>
        <translation>
            <numerusform>%Ln relevé de rappel</numerusform>
            <numerusform>%Ln relevés de rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln medicine(s)</source>
        <translation>
            <numerusform>%Ln médicament</numerusform>
            <numerusform>%Ln médicaments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln health profile answer(s)</source>
        <translation>
            <numerusform>%Ln réponse du profil de santé</numerusform>
            <numerusform>%Ln réponses du profil de santé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the water goal of %Ln day(s)</source>
        <translation>
            <numerusform>l&apos;objectif d&apos;eau de %Ln jour</numerusform>
            <numerusform>l&apos;objectif d&apos;eau de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of “%1”</source>
        <translation>
            <numerusform>%Ln relevé de «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln relevés de «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>…and %Ln more problem(s).</source>
        <translation>
            <numerusform>…et %Ln autre problème.</numerusform>
            <numerusform>…et %Ln autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="-8"/>
        <source>Your record began %n night(s) ago (%1 recorded), so a report cannot show two weeks yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation>
            <numerusform>Votre historique a commencé il y a %n nuit (notées&#xa0;: %1), un rapport ne peut donc pas encore montrer deux semaines. Vous voyez bientôt un soignant&#xa0;? Un suivi de deux semaines donne au rapport 14 nuits notées.</numerusform>
            <numerusform>Votre historique a commencé il y a %n nuits (notées&#xa0;: %1), un rapport ne peut donc pas encore montrer deux semaines. Vous voyez bientôt un soignant&#xa0;? Un suivi de deux semaines donne au rapport 14 nuits notées.</numerusform>
        </translation>
    </message>
</context>
</TS>
