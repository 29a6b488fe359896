<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../spasm_desktop/ui/common/text.py" line="+57"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time for a glass of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a short stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to get up and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fl oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A glass of %1 now. So far today: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two minutes of gentle desk stretches for your legs and neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You have been sitting for %n minutes. Stand up and walk for 2 to 5 minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bedtime is at %1. Calf and hamstring stretches before sleep may help reduce night cramps for some people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Stretch gently. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back while busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>So far today you have logged %1. Your clinician&apos;s limit is %2 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A glass of %1 now. So far today: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Standing is hard? Circle your ankles in your chair instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold %1 seconds, relax %2 seconds, %3 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold %1 seconds, %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Recent surgery, a joint replacement or a new injury? Check with your clinician before stretching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnant? Check with your midwife or doctor before starting new stretches. The research on stretching for night cramps did not include pregnant people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsteady on your feet? Hold on to something fixed, such as a wall, a bed frame or a heavy table, never a chair on wheels. Or do the stretches seated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fluid needs vary. If a clinician told you to limit fluids (for example for heart, kidney or liver conditions, or with water pills), follow their advice and enter your limit. The limit is a ceiling, not a goal. Drinking too much water can be harmful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>General wellness reminders, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call your local emergency number for unbearable pain, cramps all over the body, chest pain or trouble breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <comment>between warning signs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call your local emergency number now for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full list of warning signs could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency: call your local emergency number or go to the emergency room now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get medical advice today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk to your provider soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention at your next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your doctor, urgent care or a nurse line, the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Away from the computer (sitting timer paused at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a break from sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The app notices how long the keyboard and mouse have been idle: being away for a while counts as a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Spasm Desktop — %1</source>
        <comment>window title: the app, then the window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1/10</source>
        <comment>a pain rating from 0 to 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move reminder counts clock time (away time not detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a meeting app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system&apos;s do-not-disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a full-screen window is in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to your left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repetition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep sheets and blankets loose at the foot of the bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your back? Prop your feet with a pillow so your toes point up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your front? Let your feet hang over the end of the bed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNightsDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/add_nights.py" line="+160"/>
        <location line="+1"/>
        <source>Add nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row a night, as on the bedside sheet. Type how many cramps (0 for none), Tab to the next box, Enter for the next night. An empty row changes nothing. A night you answered already shows its answer: change it to replace it. Cramps already in your diary stay: count only any others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From the night of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nights, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No nights to enter: choose an earlier first night.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_backups.py" line="+43"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Where your data is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your records are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your settings are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the automatic backups are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a day the app saves a full backup of your records and settings. The newest %1 are kept; older ones are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The newest automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make today&apos;s backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of everything now (on the Export tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest is from %1. There are %2 in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no automatic backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the backup in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved today&apos;s backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s backup already exists (saved at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s backup already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To save a copy with everything as it is now, use Save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/body_map.py" line="+217"/>
        <source>Body picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <comment>the body part</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Use the arrow keys to pick where the cramp is, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Front</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_busy.py" line="+37"/>
        <source>While you are busy, reminders do not pop up or play a sound. They wait, and when you are free again they come back once, together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait while the system&apos;s do-not-disturb or &amp;presentation mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while the system&apos;s do-not-disturb or presentation mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait while a window is &amp;full-screen (presentations, videos, games)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while a window is full-screen (presentations, videos, games)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programs that make reminders wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait w&amp;hile these programs are running (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ad&amp;vanced: programs that make reminders wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To hold reminders by hand, use Pause reminders in the tray menu: its Hold choices keep what comes due and show it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holding reminders by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>While you are busy: a program name can have at most %1 characters. Shorten the one that starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While you are busy: list at most %1 programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Use the program&apos;s process name, such as “zoom” or “Teams”. Upper and lower case do not matter, and “.exe” can be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About program names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default list of programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_widget.py" line="+26"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="+68"/>
        <source>Morning check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>How was last night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The night of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-week log: night %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;No cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not &amp;sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>I had cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 or more cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+30"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <comment>suffix of a number of minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the longest lasted, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long the longest lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much they disturbed your sleep, from 0 (not at all) to 10 (very much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much they disturbed your s&amp;leep, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The worst, from 0 (no pain) to 10 (worst pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worst, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which si&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They w&amp;oke me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They woke me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cramp somewhere else, or with a warning sign? Add it in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cramps of last night</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../spasm_desktop/commands.py" line="+129"/>
        <source>Spasm Desktop did not answer in time (it may be busy); your request was passed to it and is carried out when it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop is running but not answering right now (it may be busy); nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Do not disturb is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not disturb is on until you turn it off (spasm-desktop dnd off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not disturb until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: your records are damaged (%1). Nothing was done and the file was not changed. Start Spasm Desktop to recover what can still be read. The damaged file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Spasm Desktop is not running, so no reminder is open. Start it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop is not running, so there is nothing to %1. Start it with: %2</source>
        <comment>%1 is the command typed: pause, resume or dnd</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders were not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder has the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+177"/>
        <source>Seconds left in this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="+110"/>
        <location line="+2"/>
        <source>Cramp diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of cramps shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded cramps, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No cramps recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cramp (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;nights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nights from your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter several past nights at once, one row a night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the selected cramp told at the check-in with one logged that night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same cramp twice: keep the one logged in the night, with its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night of %1, time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cramp saved: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cramp deleted: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved the cramp of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo the delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the cramp of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Undo adding the nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into the cramp of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two cramps are back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cramp is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrinkAmountDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="+368"/>
        <source>Log a drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> fl oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/episode_dialog.py" line="+75"/>
        <source>Edit a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it started (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sta&amp;rted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+207"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-206"/>
        <source>How long it lasted: minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted: seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How &amp;long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Where (area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+202"/>
        <location line="+35"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Which side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;ide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How &amp;bad (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>What it felt like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough to drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caffeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes until it eased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to relie&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did it wake you up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;oke you up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much it disturbed your sleep, from 0 (not at all) to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep dis&amp;turbance (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How sore it was the next day, from 0 (not at all) to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore the next &amp;day (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Care advice for the warning signs ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>0 is no pain, 10 the worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it felt like, what helped, notes, triggers, sleep and warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>More details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The cramp&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>After the cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the cramp: triggers, sleep and warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The start is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp lasts more than 0 seconds (or tick “Not known”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start time has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cramp can be recorded for at most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose left, right or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad is a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time to relief is at most 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disturbance is a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soreness is a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes are longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/exercise_library.py" line="+40"/>
        <source>Find exercises by name or muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds the selected exercise after the selected step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◂ &amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exercise after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_export.py" line="+83"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save your records to a file: to show a clinician, to open in a spreadsheet, or to keep as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export: choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>What to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report for a clinician (&amp;PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A readable report of the period, to print or to take to an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: this installation cannot write PDF reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for a clinician (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Spreadsheet files, one per kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup, to restore later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spreadsheet files, one per kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new folder with one file for each kind of record (drinks, cramps, breaks, ...), in a plain table format (CSV) that LibreOffice Calc, Excel and other spreadsheet programs open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full backup, to restore later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The records of the period and your settings in one file, which the Restore tab can read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Which records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dates below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perio&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (first day included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (last day included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole days, from midnight to midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>On the report (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, printed at the top of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left off when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes and questions for the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to ask, or what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions or notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on page 2 of the report, and kept here for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report covers a period: choose one of the periods or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spasm backups (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to put the folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save to %1: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 to %2, with your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1 to the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_general.py" line="+36"/>
        <source>Display language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dis&amp;play language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you save, Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uni&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%</source>
        <comment>a text size, in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (as the system&apos;s)</source>
        <comment>the normal text size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;xt size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows you open after saving use this size. Windows already open change fully when you close them and open them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history.py" line="+68"/>
        <location line="+2"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report for a clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a report of this period for a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp &amp;diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the cramp diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The period in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days of the period, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Streaks and comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no water goal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine, nights in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water goal reached, days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights without a night cramp, in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights after the bedtime routine and nights without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A night runs from noon to noon. A night cramp started between %1 and %2, or was marked as asleep, in bed or woke me. Only nights that are over and since your first record count, and only recorded ones: a night with no cramp logged and no morning check-in answer is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: %2 now; longest in this period %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These are your own counts side by side, not a test of whether the routine works: other things change from night to night too (activity, heat, drinks, medicines), and a few nights can differ by chance. In one study of adults over 55, stretching the calves and hamstrings every night before bed for 6 weeks led to fewer and less painful night cramps; another study found no benefit, so results vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No nights to compare in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No night in this period had the bedtime routine done, so there is nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You did the bedtime routine on every night of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night cramps on %1 of %2 nights (%3 in all, %4 per night)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the bedtime routine: %1. Without it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cramps by time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps by body area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worst severity per week (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with the bedtime routine, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nights in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Water per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Water per day, against your fluid limit of %1: over the limit on %2 of %3 days; no drink was logged on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Water per day: the goal was reached on %1 of %2 days with a goal; no drink was logged on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Water, average per day of each week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="+168"/>
        <source>Water, stretch and move reminders come only during these hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I work on certain da&amp;ys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work on certain days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every day: reminders from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day: until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An end earlier than the start runs past midnight into the next morning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/learn.py" line="+98"/>
        <location line="+2"/>
        <location line="+30"/>
        <source>Learn about cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section to jump to it; press Enter to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Learn page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Caution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick the ones you do. Your ticks stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Copy questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the questions to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Print the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthsPage</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+57"/>
        <source>Your whole record, month by month: do your cramps change with the time of year? Only nights you recorded count (a cramp logged, or the morning check-in answered); months without one recorded night show —.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights with a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps per recorded night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cramps per recorded night for each month of the year, over all the years recorded. Highest: %1 (%2). Months not recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No night has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps per recorded night, by month of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_notifications.py" line="+27"/>
        <source>How reminders are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pop-up only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notification only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both pop-up and notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show re&amp;minders as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a soun&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Show a short tip with each reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <comment>suffix of a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close pop-ups after how many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close pop-ups after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/pain_scale.py" line="+38"/>
        <source>How bad was it, from 0 (no pain) to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pain %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliefCard</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_card.py" line="+119"/>
        <source>All warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the warning signs in their four tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show or hide these warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Drawing of the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+196"/>
        <source>Guided stretch (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Guided stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning signs for this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide every step, for this area and for every cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>For every cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat and cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps for every cramp could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramp timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It started earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cramp started %1 minutes before the panel opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It&apos;s over (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cramp is over: stop the timer and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cramp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The steps for this area could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All the steps for this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1.</source>
        <comment>a step&apos;s number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guided stretch, left side (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided stretch, right side (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided stretch, both sides (T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_panel.py" line="+117"/>
        <location line="+2"/>
        <source>Cramp relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Where is the cramp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip: don&apos;t say the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: don&apos;t keep this cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How &amp;bad was it? 0 is no pain, 10 the worst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Press the key on a button (1 to 9, 0 or A), click a button, or click the body picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>◀ &amp;Back: it is one area after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choosing an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A few details, if you like (all optional, saved as you go):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What it felt like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: close the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which side? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="+68"/>
        <location line="+1"/>
        <location line="+62"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show where to find help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show the danger signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Danger signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;nooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;nooze all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;kip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>S&amp;kip tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_reminders.py" line="+141"/>
        <source>No drink reminders and no goal: log drinks to see them against the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much fluid you need varies. If a clinician has told you to limit fluids, for example because of a heart, kidney or liver condition or a medicine, tick the box above: the limit is a ceiling, not a goal. Drinking too much water can be harmful: these reminders never ask for more than %1 in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Water reminder every how many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Glass size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Glass size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dai&amp;ly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily water goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes before bedtime without water reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No water reminders in this many minutes before your bedtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet before bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;clinician set me a fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fluid limit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid li&amp;mit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water is log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About fluid limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stretch reminder every how many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind ever&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me to move after how many minutes of sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after s&amp;itting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes away from the computer that count as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being away from the computer this long starts the sitting time again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a brea&amp;k after being away for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Be&amp;dtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind how many minutes before bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;how long before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime reminder on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask how the night was, &amp;first thing in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Morning check-in: how was last night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small window the first time you use the computer after your night: no cramps, or how many. It tells nights without cramps from nights not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_restore.py" line="+63"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring back records from a backup. Only records you do not have are added: nothing is overwritten or deleted. Your settings stay as they are; only a new installation is offered the backup&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hoose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or one of the &amp;automatic daily backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic daily backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no automatic backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;take the backup&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also take the backup&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore: add the records listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, saved at %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm backups (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read your records to compare: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything in this backup is already in your records: restoring it would add nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring adds %1. Records you already have are kept as they are; nothing is overwritten or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer still has its first settings, so the backup&apos;s settings (reminders, times, glass size and the rest) can be taken too: see the tick box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup&apos;s settings differ from yours. They are not applied: your current settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel: change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1 to your records? Records you already have stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take the backup&apos;s settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not restore: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the backup&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_editor.py" line="+70"/>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of a built-in routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in routines cannot be changed. This is a copy of “%1”: it is saved as your own routine, and the original stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used f&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Give the routine a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one exercise from the list on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a routine with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This routine cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A routine can have at most %1 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not save the routine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the routine “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the routine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePlayerWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="+116"/>
        <source>Stretch player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+113"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do it &amp;seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Switch to the seated version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↻ Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat this exercise (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Routine finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Takes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter or Space starts. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▶ &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do it s&amp;eated instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Well done. That&apos;s the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you sleep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+203"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Standing is hard? Do it &amp;seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seated version of this routine, if standing is hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+1"/>
        <source>Full screen on or off (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Instruction and cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This window closes by itself in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paused – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standing is hard? Do this instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>▶ Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, </source>
        <comment>between the parts of a spoken announcement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Next: the end of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_routines.py" line="+40"/>
        <source>Hold each stretch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the routine says (10 s in the bedtime routine, as in the study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 45 seconds (often preferred by older adults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hold each stretch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longer holds suit some people better, for example older adults. They apply to every routine except the bedtime calves and hamstrings, standing or seated. Those keep each hold at 10 seconds, as in the study they come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About hold times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bedtime routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tretch break routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Play a short sound at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a short sound at each step of a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;k the steps (Hold, Relax, Switch sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak the steps of a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound and speech are checked when a routine first plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound and speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad&amp;vanced: sound and speech on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I am pre&amp;gnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch player and the cramp relief panel show what to check first in pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have ba&amp;lance problems or am unsteady on my feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have balance problems or am unsteady on my feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch and bedtime reminders open the seated versions of the routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What this changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_dialog.py" line="+69"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ro&amp;utines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the &amp;welcome again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the welcome again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+168"/>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>While you are busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Whe&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otifications &amp;&amp; sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gener&amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Closes Settings without saving and asks the first questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+5"/>
        <source>remind every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>glass size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet before bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sitting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time away that counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remind before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications &amp; sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close pop-ups after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hold each stretch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Water: a %1 glass every %2 minutes adds up to more than %3 an hour. Choose a smaller glass or a longer interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active hours on %1: a range starts and ends at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active hours on %1: use at most %2 ranges a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 must be between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_steps.py" line="+48"/>
        <source>Exercises in this routine, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+186"/>
        <source>Selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Timing of the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <comment>suffix of a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold for how many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relax for how many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a movement, such as ankle pumps, how long to keep moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sid&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exercise&apos;s own timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <comment>a length in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 s</source>
        <comment>repetitions × seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <comment>timing, sides</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The exercise&apos;s own timing: %1, relax %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one-sided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="-302"/>
        <location line="+2"/>
        <location line="+165"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Cra&amp;mp now: what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp now: open the relief panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last night: not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nswer now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer how last night was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+145"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Water today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water today against your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About your fluid limit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Water is log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Other amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log another amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo last drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting time today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders today by kind and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Pause 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders for one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Spasm Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Spasm Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn about cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Water (log only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;drink (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a drink of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;glass (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a glass of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log only (fluid limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two-week log running, until the night of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders are paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting time today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks today: %1 on your own, %2 after a reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="+126"/>
        <source>Spasm Desktop menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Str&amp;etch now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Spasm Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <comment>kind: time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reminders wait: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Water today: %1 (your limit: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Cramp now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Answer the reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Make or change a routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A glass (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Hot day: off, your fluid limit comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a fluid limit set by a clinician, a hot day never raises anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hot day or workout day (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tips for the heat; your reminders come as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raises today&apos;s water goal; back to normal tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>&amp;Today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-184"/>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;My record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Paused until tomorrow, %1</source>
        <comment>%1 is a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reminders held until you resume them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders held until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No reminders scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next reminder: %1, %2</source>
        <comment>kind, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quick help for a cramp that is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min</source>
        <comment>length of a routine</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <comment>routine name — its length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cramp d&amp;iary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History and charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;profile and medicines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;data: report, export, backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Learn about cramps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reminders that come due meanwhile are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 h&amp;our</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb: reminders that come due meanwhile wait, and come when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hold for 1 hour, then show what I missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold until I &amp;resume, then show what I missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume reminders (held until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Resume reminders (held until you resume them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoWeekLogBox</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="+68"/>
        <source>Two-week log for an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>&amp;Keep a two-week log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Keep a two-week log: the app asks about each of the next 14 nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report of &amp;these 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the report to the 14 days of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the two-week log; what you answered stays in your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your two-week log of the nights from %1 to %2 is complete: %3 of 14 nights recorded. The report of those 14 days is ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a &amp;new log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-week log running: the nights from %1 to %2. Each morning the app asks how the night was, even if the morning check-in is turned off. So far %3 of them recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For 14 nights the app asks each morning how the night was: how many cramps, how long the longest lasted, the worst pain and how much they disturbed your sleep. Then the report shows exactly those two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your record is new, so a report has no nights to show yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 of the last 14 nights are recorded, so a report would mostly say “not recorded”. Seeing a clinician soon? Keep a two-week log first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/undo.py" line="+36"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/welcome.py" line="+106"/>
        <source>Welcome to Spasm Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the standard settings. You can change them any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip setup and keep the standard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+116"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this app does, and what it does not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spasm Desktop reminds you to drink water, to stretch, to get up after sitting for a while and to do your bedtime stretches. It guides you through the stretches, and its cramp relief panel helps when a cramp strikes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It does not diagnose, treat or cure anything, and it cannot tell a harmless cramp from a sign of another health problem. If you are worried, contact a healthcare provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A few questions follow to set up your reminders. Every step can be skipped, nothing is saved until you finish, and you can run this again from Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What describes you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I sit at a &amp;desk most of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I e&amp;xercise hard or play sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;over 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Night-time leg &amp;cramps wake me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken by night-time leg cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pregnancy caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What your answers change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>I work on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wor&amp;k days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usual bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work s&amp;tarts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual be&amp;dtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US fluid ounces (fl oz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily water goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glass size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid limit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>G&amp;lass size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Tick any that apply, or none. You can change all of this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I have balance problems or am &amp;unsteady on my feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance problems or unsteady on my feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Water, stretch and move reminders come only during these hours. For different hours on different days, use Settings later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reminders every day from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders f&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminders cannot start and end at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Water reminders stop a while before bedtime. An end time earlier than the start means past midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The water reminder suggests one glass at a time. A daily goal is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milliliters (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set a daily water goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About daily goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A doctor has told me I have &amp;heart or kidney disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A doctor has told me I have heart or kidney disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you have a fluid limit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a fluid limit matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;clinician gave me a fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician gave me a fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fluid li&amp;mit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Water is log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About fluid limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders only come while the app runs. It sits quietly in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes, start it when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o, I will start it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The app&apos;s icon is in the notification area at the right end of the taskbar, next to the clock. If you do not see it, click the small arrow there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s icon is in the menu bar at the top right of the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s icon is in your desktop&apos;s panel or system tray, usually near the clock. Some desktops show tray icons only with an extension (on GNOME, AppIndicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You&apos;re set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to find the app, and how to pause it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the icon to see today&apos;s reminders. Right-click it for the menu: choose Pause to hold every reminder for a while, Settings to change anything you chose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reminder pops up near the tray with buttons to say you did it, to snooze it or to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show me a s&amp;ample reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a sample reminder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Finish to save your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reminder to get up after 30 minutes of sitting, and desk stretches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretches are held for at least 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bedtime reminder for calf and hamstring stretches, which may help reduce night cramps for some people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app remembers this: the stretch player and the cramp relief panel show what to check first when you are pregnant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch and bedtime reminders open the seated versions, sitting on a chair or the bed. Standing steps say to hold on to something fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reminders keep their standard settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YourData</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="+67"/>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not open the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YourDataWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data.py" line="+63"/>
        <location line="+2"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Your data sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;int a bedside sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a bedside sheet to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two weeks on one page, in large print, to write your nights on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>bedside-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the bedside sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the bedside sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the bedside sheet as %1. Print it and keep it by your bed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DayEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="-140"/>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add more hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <location line="-37"/>
        <source>%1: reminders from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../spasm_desktop/cli.py" line="+333"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>off</source>
        <comment>a reminder that is switched off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting: not detected here (the move reminder counts clock time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting for %1 min (%2 min today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back until you are free: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the app is not running: these times apply once it starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the app is running but did not answer in time, as it may be busy: this was read from your records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Water today: %1 ml logged; your fluid limit is %2 ml (log only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water today: %1 ml (no daily goal set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 ml</source>
        <comment>a volume</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fl oz</source>
        <comment>a volume</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/commands.py" line="-151"/>
        <source>Logged %1: held by the running app; it will be saved when the database is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Logged %1.</source>
        <comment>a drink</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Logged %1 (Spasm Desktop was busy; it will not log it a second time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spasm Desktop is busy and the records are locked: your drink of %1 is held by the running app; it will be saved when the database is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: could not write to the records database; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/data_commands.py" line="+194"/>
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the report of %1 to %2 (%3, %4) to %5.</source>
        <comment>%3 the cramps, %4 the pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %1: %2</source>
        <comment>kind of records: how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error: %1 is not a backup that can be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  ... and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+109"/>
        <location line="+77"/>
        <source>error: cannot read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-219"/>
        <source>error: --from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write into %1: it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; add --force to overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has CSV files; add --force to overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>error: Spasm Desktop is running, so its settings are not changed from here: quit it first, or restore in the app (My record → Your data → Restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This installation still has its first settings: add --settings to take the backup&apos;s settings too. Without it, your settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s settings differ from yours; your settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the backup is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This will add %n record(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This will also take the backup&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: could not add the records (nothing changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: not a terminal, so not asking; add --yes to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <comment>the short answer yes, as in [y/N]</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <comment>the answer yes to a question on the command line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these records? [%1/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the settings? [%1/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: could not write the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took the backup&apos;s settings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They start Spasm Desktop at login: to have that on this computer too, open Settings in the app and save them once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/ankle-pumps.json</name>
    <message>
        <location filename="../../scripts/i18n/data_texts.py" line="+9"/>
        <source>Ankle pumps</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shins</source>
        <extracomment>muscles[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair with your legs a little out in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your feet down, then pull them up toward you, again and again, at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your feet on the floor.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/calf-raises.json</name>
    <message>
        <location line="+2"/>
        <source>Calf raises</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall or a heavy desk, feet flat, and rest both hands on it.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rise slowly onto your toes, then lower your heels slowly. Keep going at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand on flat feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/chair-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch on a chair</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit near the front edge of a chair that cannot roll.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the stretching leg out straight, heel on the floor and toes up; keep the other foot flat.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back until the back of the straight thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a chair without wheels, so it cannot roll away.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/childs-pose.json</name>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a mat or the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit back toward your heels and reach your arms forward along the floor.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your back round gently and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back up to kneeling, slowly.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/hand-press.json</name>
    <message>
        <location line="+2"/>
        <source>Hand and finger stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>palm and fingers</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forearm</source>
        <extracomment>muscles[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or stand at a table, or stand at a wall. Stop what you are doing with the hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the hand and spread the fingers.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the palm and fingers flat against a table or a wall until you feel a gentle stretch.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the hand and shake it loose.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/hip-flexor.json</name>
    <message>
        <location line="+2"/>
        <source>Kneeling hip stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the hip (hip flexors)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a cushion on the stretching side, with the other foot flat on the floor in front and that knee bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your body upright and tuck your pelvis under.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift your weight gently forward until the front of the hip stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift back and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If kneeling hurts, do it as a standing lunge, holding on to a wall or a heavy table.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/knees-to-chest.json</name>
    <message>
        <location line="+2"/>
        <source>Knees to chest</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buttocks</source>
        <extracomment>muscles[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back on a mat or the bed, knees bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hug both knees gently toward your chest and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower your feet back down.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/lying-lengthen.json</name>
    <message>
        <location line="+2"/>
        <source>Lying full-body lengthen</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belly</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back with your legs straight.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your arms overhead.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach long through your fingers and toes, breathing slowly and deeply.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go and rest your arms by your sides.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/neck-side-tilt.json</name>
    <message>
        <location line="+2"/>
        <source>Neck side stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side of the neck</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders drop and relax.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt your head so the ear moves toward the opposite shoulder, until you feel a mild pull along the side of the neck. Don&apos;t force it.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring your head back to the middle.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in the arm.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Seated foot and toe stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sole of the foot (arch)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toes</source>
        <extracomment>muscles[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair or the edge of the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross the stretching foot over the opposite knee.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes back toward the shin with your hand until the arch stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the toes and relax the foot.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the other knee and rest that foot against the inside of the straight leg.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back, reaching toward your ankle, until the back of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-towel-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Seated towel calf stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop a towel, strap or sheet around the ball of the foot and hold both ends.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gently draw your toes toward you with the towel until the calf stretches firmly. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ease off the towel and let the foot relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/side-lying-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Side-lying thigh stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your side on the bed or a mat, the stretching leg on top.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm. Keep the lower leg straight or a little bent.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the top knee and hold that ankle with your top hand. Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the ankle slowly and straighten the leg.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach your ankle? Stop where you feel a gentle stretch.</source>
        <extracomment>cautions[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/soleus-wall.json</name>
    <message>
        <location line="+2"/>
        <source>Bent-knee wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower calf (soleus)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achilles area</source>
        <extracomment>muscles[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall with your palms on it, as for the wall calf stretch.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back and keep its heel down.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the back knee slightly, heel still down, until you feel the stretch low in the calf.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten up and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Standing hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand in front of a low step or a sturdy low stool.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest the heel of the stretching leg on it, knee straight, toes pointing up.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the standing knee soft and your back long.</source>
        <extracomment>steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinge forward from the hips with a straight back until you feel a moderate stretch behind the thigh.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand up tall and let the leg relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Standing thigh stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand tall beside a wall or a heavy table and hold on to it with one hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the stretching knee and take hold of that ankle with the other hand.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the foot down slowly and stand on both feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If balance or your knees make this hard, do it lying on your side instead.</source>
        <extracomment>cautions[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:exercises/wall-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Standing wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf (gastrocnemius)</source>
        <extracomment>muscles[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall, about an arm&apos;s length away.</source>
        <extracomment>steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your palms on the wall at chest height, elbows straight.</source>
        <extracomment>steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back. Keep its knee straight and its heel on the floor; bend the front knee.</source>
        <extracomment>steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean toward the wall until you feel a firm, moderate stretch in the back calf. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back upright and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:learn/learn.json</name>
    <message>
        <location line="+2"/>
        <source>What is a cramp?</source>
        <extracomment>sections.what-is-a-cramp.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp (or spasm) is a muscle that suddenly tightens on its own and can&apos;t relax. It can take in part of a muscle, a whole muscle or a group of muscles, anywhere in the body.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps aren&apos;t serious, but they can hurt a lot, and night cramps can spoil your sleep.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most often in the thighs, calves, feet, hands, arms and belly. A calf cramp is often called a charley horse; one that comes at rest or in sleep is a night (nocturnal) leg cramp.</source>
        <extracomment>sections.what-is-a-cramp.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can feel like anything from a mild twitch to severe pain. The muscle may feel hard or look knotted.</source>
        <extracomment>sections.what-is-a-cramp.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long: usually from a few seconds to about 10 minutes. Some last 15 minutes or longer, and a cramp may come back a few times before it goes.</source>
        <extracomment>sections.what-is-a-cramp.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>sections.what-is-a-cramp.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; American Family Physician</source>
        <extracomment>sections.what-is-a-cramp.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gets them?</source>
        <extracomment>sections.who-gets-them.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone, at any age, whether active or not. Cramps can come while you walk, sit, exercise or sleep.</source>
        <extracomment>sections.who-gets-them.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are more common in athletes, infants, pregnant people, people over 65 and people with obesity.</source>
        <extracomment>sections.who-gets-them.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some people get them often, with almost any kind of effort.</source>
        <extracomment>sections.who-gets-them.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic</source>
        <extracomment>sections.who-gets-them.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common causes</source>
        <extracomment>sections.causes.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These can make cramps more likely:</source>
        <extracomment>sections.causes.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for a long time, or sitting in an awkward position.</source>
        <extracomment>sections.causes.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing for a long time, for example on a concrete floor.</source>
        <extracomment>sections.causes.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard or long exercise that tires the muscles, above all in great heat.</source>
        <extracomment>sections.causes.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dehydration: the body losing a lot of water, for example through heavy sweating, vomiting or diarrhea, or from water pills (diuretics).</source>
        <extracomment>sections.causes.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An imbalance of the body&apos;s salts and minerals (electrolytes), such as too little sodium in the blood.</source>
        <extracomment>sections.causes.bullets[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines, such as statins and some diuretics. In a large study, more people needed cramp treatment after starting some long-acting inhalers (LABAs) or some diuretics.</source>
        <extracomment>sections.causes.bullets[5].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less often, another health problem, such as a nerve condition or poor circulation.</source>
        <extracomment>sections.causes.bullets[6].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Merck Manual; MedlinePlus; Mayo Clinic; NHS; Garrison 2012; Bahk 2012</source>
        <extracomment>sections.causes.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fluids and minerals</source>
        <extracomment>sections.fluids-and-minerals.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a clinician set you a fluid limit? Follow their advice on how much to drink. It comes before anything on this page.</source>
        <extracomment>sections.fluids-and-minerals.cautions[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losing a lot of water (dehydration) makes cramps more likely. So can an imbalance of the body&apos;s salts and minerals, called electrolytes.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after a big loss of fluid, and cramps all over the body, are on the list of warning signs further down this page.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating, for example in the heat, a sports drink or a regular meal may help replace the salt you lost. Salt tablets are not advised.</source>
        <extracomment>sections.fluids-and-minerals.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking far too much water is harmful too. It can water down the sodium in your blood (hyponatremia). Signs include nausea, headache, confusion, tiredness, and muscle weakness, cramps or spasms.</source>
        <extracomment>sections.fluids-and-minerals.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom. The water reminders stay quiet in those 2 hours; you can change this in Settings.</source>
        <extracomment>sections.fluids-and-minerals.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merck Manual; Cleveland Clinic; Mayo Clinic; CDC; Sleep Foundation; UpToDate patient handout</source>
        <extracomment>sections.fluids-and-minerals.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tired muscles and stretching</source>
        <extracomment>sections.tired-muscles.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscles that work hard or for a long time can cramp, during exercise or afterwards. Great heat makes this more likely.</source>
        <extracomment>sections.tired-muscles.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a cramp starts while you are active, stop what you are doing. Then stretch the muscle gently and massage it.</source>
        <extracomment>sections.tired-muscles.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your fitness step by step, not all at once.</source>
        <extracomment>sections.tired-muscles.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>sections.tired-muscles.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day works best.</source>
        <extracomment>sections.tired-muscles.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>sections.tired-muscles.bullets[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; MedlinePlus; AAOS; NHS; ACSM; Hallegraeff 2012</source>
        <extracomment>sections.tired-muscles.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When another condition is behind it</source>
        <extracomment>sections.other-conditions.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. Less often, they come from another health problem. This app can&apos;t tell the difference. If you are worried, contact a healthcare provider.</source>
        <extracomment>sections.other-conditions.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps all over the body can come from an electrolyte imbalance or from a serious condition such as atherosclerosis (hardened arteries), thyroid disease or multiple sclerosis (MS).</source>
        <extracomment>sections.other-conditions.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems with the nerves or with blood flow in the legs can also cause cramps.</source>
        <extracomment>sections.other-conditions.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tingling, numbness or a crawling feeling may point to something else, such as restless legs syndrome or nerve damage (neuropathy).</source>
        <extracomment>sections.other-conditions.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doctors tell night leg cramps apart from restless legs, poor blood flow in the legs, muscle inflammation and nerve damage, mostly by asking questions and examining you.</source>
        <extracomment>sections.other-conditions.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your provider if you have diabetes, or thyroid, kidney, liver or blood vessel disease. You can note it in your health profile.</source>
        <extracomment>sections.other-conditions.bullets[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Merck Manual; American Family Physician; Hallegraeff 2017</source>
        <extracomment>sections.other-conditions.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to lower your risk</source>
        <extracomment>sections.lower-your-risk.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These steps may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.lower-your-risk.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a study of adults over 55, stretching the calves and the backs of the thighs every night just before bed for 6 weeks led to fewer and less painful night cramps. Another study, of calf stretches alone, found no benefit, so results vary. Gentle stretching is generally low-risk and may be worth trying.</source>
        <extracomment>sections.lower-your-risk.paragraphs[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch your calves and the backs of your thighs every day, especially just before bed.</source>
        <extracomment>sections.lower-your-risk.checklist.stretch.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your general fitness, step by step.</source>
        <extracomment>sections.lower-your-risk.checklist.fitness.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drink enough water through the day, unless a clinician has set you a fluid limit: then follow their advice.</source>
        <extracomment>sections.lower-your-risk.checklist.water.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoid hard exercise in extreme heat.</source>
        <extracomment>sections.lower-your-risk.checklist.heat.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wear shoes that fit well and suit what you are doing.</source>
        <extracomment>sections.lower-your-risk.checklist.shoes.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you carry extra weight, ask your provider whether losing some could help.</source>
        <extracomment>sections.lower-your-risk.checklist.weight.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your doctor or pharmacist whether any of your medicines can cause cramps. Don&apos;t stop or change a medicine on your own.</source>
        <extracomment>sections.lower-your-risk.checklist.medicines.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In bed: keep the sheets loose at the foot of the bed. On your back, prop your feet on pillows so your toes point up; on your front, let your feet hang over the end of the bed.</source>
        <extracomment>sections.lower-your-risk.checklist.sleep-position.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Hallegraeff 2012; Coppin 2005; Cochrane 2021; Garrison 2012; American Family Physician; UpToDate patient handout</source>
        <extracomment>sections.lower-your-risk.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching safely</source>
        <extracomment>sections.stretch-safely.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent surgery, joint replacement or a new injury? Check with your clinician before stretching.</source>
        <extracomment>sections.stretch-safely.cautions[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Check with your clinician first too. The review of stretching studies did not include pregnant people.</source>
        <extracomment>sections.stretch-safely.cautions[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch gently and slowly, without bouncing. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>sections.stretch-safely.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For balance, hold on to something fixed, such as a wall, a bed frame or a heavy table. Never use a chair on wheels.</source>
        <extracomment>sections.stretch-safely.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If standing is hard or your balance is poor, use the seated versions of the stretches.</source>
        <extracomment>sections.stretch-safely.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken by a cramp? Sit up first, then get up slowly before you stand on the cramping leg.</source>
        <extracomment>sections.stretch-safely.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hallegraeff 2012; Cochrane 2021; ACSM; CDC STEADI; AAOS</source>
        <extracomment>sections.stretch-safely.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice</source>
        <extracomment>sections.heat-and-ice.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes, nerve damage or numb skin? No heat or hot soaks on skin that feels numb. Test water with your elbow or wrist, never your foot: lukewarm, never hot. Use heat or ice for about 10 minutes at most, and check your skin often.</source>
        <extracomment>sections.heat-and-ice.cautions[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warmth or cold may ease a cramp or the soreness after it. Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>sections.heat-and-ice.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ways: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a towel rubbed over the muscle.</source>
        <extracomment>sections.heat-and-ice.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise, use heat or ice for 15 to 20 minutes at a time, never more than 20 minutes.</source>
        <extracomment>sections.heat-and-ice.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always put a cloth between your skin and the ice or heat. Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>sections.heat-and-ice.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t put heat on a fresh injury.</source>
        <extracomment>sections.heat-and-ice.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AAOS; Cleveland Clinic; Mayo Clinic; Barton Health; Diabetes Self-Management; NIDDK; UpToDate patient handout</source>
        <extracomment>sections.heat-and-ice.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines and supplements</source>
        <extracomment>sections.medicines.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a medicine for cramps suits you is a decision for your doctor. Never start, stop or change a medicine on your own.</source>
        <extracomment>sections.medicines.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines can make cramps more likely. If cramps started or got worse after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <extracomment>sections.medicines.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quinine is not recommended for everyday cramps: it can have serious side effects. It is a decision for your doctor.</source>
        <extracomment>sections.medicines.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Magnesium is unlikely to help typical night cramps in older adults. Ask your provider before you take a supplement for cramps.</source>
        <extracomment>sections.medicines.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain relievers such as ibuprofen or acetaminophen (paracetamol) may ease soreness after a cramp. They work too slowly to help during one.</source>
        <extracomment>sections.medicines.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs) are not for everyone. Ask a pharmacist or doctor first if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure, asthma that these medicines make worse, or take a blood thinner.</source>
        <extracomment>sections.medicines.bullets[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen unless a doctor prescribes it. Acetaminophen (paracetamol) is the usual choice. Ask your midwife, doctor or pharmacist first.</source>
        <extracomment>sections.medicines.bullets[5].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS; American Family Physician; Garrison 2012; FDA; AAN; Cochrane 2020; Cleveland Clinic</source>
        <extracomment>sections.medicines.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to expect</source>
        <extracomment>sections.outlook.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. A cramp usually lasts from a few seconds to about 10 minutes.</source>
        <extracomment>sections.outlook.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps are more common in people over 65.</source>
        <extracomment>sections.outlook.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps under &quot;How to lower your risk&quot; may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.outlook.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your cramp diary. It shows your provider how often cramps come, how long they last and how much they hurt.</source>
        <extracomment>sections.outlook.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; American Family Physician; Sebo 2019</source>
        <extracomment>sections.outlook.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to go to the emergency room</source>
        <extracomment>sections.emergency.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; American Heart Association; CDC; WebMD</source>
        <extracomment>sections.emergency.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to see a provider</source>
        <extracomment>sections.see-a-provider.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a sign below applies to you, contact a doctor or nurse as its heading says. Bring your cramp diary and a list of your medicines.</source>
        <extracomment>sections.see-a-provider.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Merck Manual; MedlinePlus; WebMD; Cochrane 2020</source>
        <extracomment>sections.see-a-provider.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions for your provider</source>
        <extracomment>sections.questions-to-ask.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions you may want to ask at your visit. Copy or print them, together with the next list, and bring your cramp diary.</source>
        <extracomment>sections.questions-to-ask.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could any of my medicines play a part? (Bring your medicine list.)</source>
        <extracomment>sections.questions-to-ask.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I see a specialist?</source>
        <extracomment>sections.questions-to-ask.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could my cramps be a sign of a disease?</source>
        <extracomment>sections.questions-to-ask.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could what I feel be something other than a cramp?</source>
        <extracomment>sections.questions-to-ask.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is stretching before bed worth trying for me?</source>
        <extracomment>sections.questions-to-ask.bullets[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can you show me how to stretch safely?</source>
        <extracomment>sections.questions-to-ask.bullets[5].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which massage techniques could help me?</source>
        <extracomment>sections.questions-to-ask.bullets[6].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could a vitamin or mineral supplement help me?</source>
        <extracomment>sections.questions-to-ask.bullets[7].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a prescription medicine that could help me, and what side effects can it have?</source>
        <extracomment>sections.questions-to-ask.bullets[8].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I limit how much I drink?</source>
        <extracomment>sections.questions-to-ask.bullets[9].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I do about cramps in my child?</source>
        <extracomment>sections.questions-to-ask.bullets[10].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Garrison 2012; Hallegraeff 2012; Cochrane 2021; Cochrane 2020; Mayo Clinic; American Family Physician; Hallegraeff 2017</source>
        <extracomment>sections.questions-to-ask.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your provider may ask</source>
        <extracomment>sections.provider-may-ask.title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider will usually ask about these. Your cramp diary can help you answer.</source>
        <extracomment>sections.provider-may-ask.paragraphs[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad is the pain, from 0 (none) to 10 (worst)?</source>
        <extracomment>sections.provider-may-ask.bullets[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When do the cramps happen: at night, sitting, standing, during or after exercise?</source>
        <extracomment>sections.provider-may-ask.bullets[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long do they last? Has any lasted more than 10 minutes?</source>
        <extracomment>sections.provider-may-ask.bullets[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do they feel like: a hard knot, twitching, pulling, tingling or numbness?</source>
        <extracomment>sections.provider-may-ask.bullets[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When did they start, and have they changed since?</source>
        <extracomment>sections.provider-may-ask.bullets[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do they wake you at night or leave you tired the next day?</source>
        <extracomment>sections.provider-may-ask.bullets[5].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; Hallegraeff 2012; NHS; American Family Physician; Sebo 2019</source>
        <extracomment>sections.provider-may-ask.source_note</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:relief/areas.json</name>
    <message>
        <location line="+2"/>
        <source>Calf</source>
        <extracomment>areas.calf.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or lie down and straighten your knee.</source>
        <extracomment>areas.calf.quick[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes toward your face (a towel helps).</source>
        <extracomment>areas.calf.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, then 20–30 seconds more.</source>
        <extracomment>areas.calf.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then walk around, or massage the calf.</source>
        <extracomment>areas.calf.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting or lying (best at night): straighten your knee.</source>
        <extracomment>areas.calf.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your foot and toes toward your face, with a towel or sheet looped around the ball of the foot.</source>
        <extracomment>areas.calf.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you stand at night: sit up first, get up slowly, and hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.calf.steps[2]; areas.foot.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: put your weight on the cramped leg and bend that knee a little.</source>
        <extracomment>areas.calf.steps[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or face a wall, cramped leg behind you, knee straight and heel down, and lean in.</source>
        <extracomment>areas.calf.steps[4]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp lets go, then about 20–30 seconds more. At the wall: count to 30, up to 5 times.</source>
        <extracomment>areas.calf.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk around.</source>
        <extracomment>areas.calf.tips[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the calf.</source>
        <extracomment>areas.calf.tips[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warm shower on the calf, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>areas.calf.tips[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foot and toes</source>
        <extracomment>areas.foot.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your leg straight.</source>
        <extracomment>areas.foot.quick[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes up toward your shin with your hand.</source>
        <extracomment>areas.foot.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–20 seconds; repeat until it lets go.</source>
        <extracomment>areas.foot.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the arch of your foot.</source>
        <extracomment>areas.foot.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the leg straight and pull your toes up and back toward your shin with your hand.</source>
        <extracomment>areas.foot.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or stand, press the foot flat, put your weight on it and walk slowly.</source>
        <extracomment>areas.foot.steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the arch of the foot.</source>
        <extracomment>areas.foot.steps[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 10–20 seconds each time. Repeat until it lets go.</source>
        <extracomment>areas.foot.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore afterwards? Soak the foot in lukewarm water.</source>
        <extracomment>areas.foot.tips[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back of thigh</source>
        <extracomment>areas.hamstring.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight.</source>
        <extracomment>areas.hamstring.quick[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips, toward your ankles.</source>
        <extracomment>areas.hamstring.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, about 30 seconds.</source>
        <extracomment>areas.hamstring.quick[2]; areas.quadriceps.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly as it lets go.</source>
        <extracomment>areas.hamstring.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight. Lean forward from the hips, reaching toward your ankles.</source>
        <extracomment>areas.hamstring.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: keep your legs straight and lean forward at the waist. Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.hamstring.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go; about 30 seconds.</source>
        <extracomment>areas.hamstring.hold; areas.quadriceps.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly while the cramp lets go.</source>
        <extracomment>areas.hamstring.tips[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front of thigh</source>
        <extracomment>areas.quadriceps.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.quick[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee; hold your ankle, heel to your bottom.</source>
        <extracomment>areas.quadriceps.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do it lying on your side.</source>
        <extracomment>areas.quadriceps.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand and hold on to something fixed, like a wall or a heavy table, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee, hold your ankle and bring the heel toward your buttock.</source>
        <extracomment>areas.quadriceps.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do the same lying on your side.</source>
        <extracomment>areas.quadriceps.steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thigh cramps tend to last longer than others.</source>
        <extracomment>areas.quadriceps.warnings[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand and fingers</source>
        <extracomment>areas.hand.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop writing or gripping.</source>
        <extracomment>areas.hand.quick[0]; areas.hand.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand and spread your fingers.</source>
        <extracomment>areas.hand.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–30 seconds, then repeat.</source>
        <extracomment>areas.hand.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or gently bend the fingers back with your other hand.</source>
        <extracomment>areas.hand.steps[2]; areas.arm.steps[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–30 seconds. Repeat.</source>
        <extracomment>areas.hand.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soak the hand in lukewarm water.</source>
        <extracomment>areas.hand.tips[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the palm.</source>
        <extracomment>areas.hand.tips[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your grip often.</source>
        <extracomment>areas.hand.tips[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <extracomment>areas.arm.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing with the arm.</source>
        <extracomment>areas.arm.quick[0]; areas.arm.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently.</source>
        <extracomment>areas.arm.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle.</source>
        <extracomment>areas.arm.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forearm: open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.arm.steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>areas.arm.steps[4]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp eases. At the table or wall: 10–30 seconds, then repeat.</source>
        <extracomment>areas.arm.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neck</source>
        <extracomment>areas.neck.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders relax.</source>
        <extracomment>areas.neck.quick[0]; areas.neck.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder. Don&apos;t force it.</source>
        <extracomment>areas.neck.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the neck gently.</source>
        <extracomment>areas.neck.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder until you feel a mild pull on the other side. Don&apos;t force it.</source>
        <extracomment>areas.neck.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then try gentle warmth and massage.</source>
        <extracomment>areas.neck.steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in your arm.</source>
        <extracomment>areas.neck.warnings[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <extracomment>areas.back.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel, sit back toward your heels, reach forward.</source>
        <extracomment>areas.back.quick[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back and hug both knees.</source>
        <extracomment>areas.back.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 20–30 seconds per stretch.</source>
        <extracomment>areas.back.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then take short walks.</source>
        <extracomment>areas.back.quick[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose: kneel, sit back toward your heels and reach your arms forward.</source>
        <extracomment>areas.back.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back, knees bent, and hug both knees toward your chest.</source>
        <extracomment>areas.back.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take short walks.</source>
        <extracomment>areas.back.steps[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>20–30 seconds per stretch.</source>
        <extracomment>areas.back.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice for 15–20 minutes at a time, never more than 20, whichever feels better, with a cloth in between.</source>
        <extracomment>areas.back.tips[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t stay in bed beyond the first day. Walk 5–10 minutes, 3–4 times a day.</source>
        <extracomment>areas.back.tips[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you must sit, change position every 30 minutes.</source>
        <extracomment>areas.back.tips[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly</source>
        <extracomment>areas.belly.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back.</source>
        <extracomment>areas.belly.quick[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch out long: arms overhead, reach with toes.</source>
        <extracomment>areas.belly.quick[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply for 20–30 seconds.</source>
        <extracomment>areas.belly.quick[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long: arms overhead, reaching through fingers and toes.</source>
        <extracomment>areas.belly.steps[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply.</source>
        <extracomment>areas.belly.steps[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 20–30 seconds, breathing normally.</source>
        <extracomment>areas.belly.hold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heat pack for up to about 20 minutes, with a cloth in between.</source>
        <extracomment>areas.belly.tips[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? For belly cramps or belly pain, contact your midwife or doctor.</source>
        <extracomment>areas.belly.pregnancy[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest</source>
        <extracomment>areas.chest.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All over the body</source>
        <extracomment>areas.all_over.name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:relief/red_flags.json</name>
    <message>
        <location line="+2"/>
        <source>If you have unbearable pain, cramps all over your body, symptoms after contact with a possible poison, chest pain or trouble breathing, call your local emergency number now.</source>
        <extracomment>emergency_line.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain you can&apos;t bear.</source>
        <extracomment>flags.unbearable-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain you can&apos;t bear</source>
        <extracomment>flags.unbearable-pain.short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps or spasms all over your body.</source>
        <extracomment>flags.all-over.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps all over your body</source>
        <extracomment>flags.all-over.short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain, pressure or tightness, or trouble breathing, whatever it feels like. A “cramp in the chest” can be a heart attack.</source>
        <extracomment>flags.chest.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chest pain or trouble breathing</source>
        <extracomment>flags.chest.short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm and red, together with chest pain or trouble breathing. A blood clot may have reached the lungs.</source>
        <extracomment>flags.clot-chest.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms after touching or swallowing something that may be poisonous, such as lead or mercury, or after dirt got into a cut.</source>
        <extracomment>flags.poison.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible tetanus after a wound: a stiff jaw (“lockjaw”), trouble swallowing, or spasms that spread, usually 3 to 21 days after the wound.</source>
        <extracomment>flags.tetanus.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp that lasts more than 10 minutes and doesn&apos;t ease when you move or stretch.</source>
        <extracomment>flags.ten-minutes.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in your arms or belly.</source>
        <extracomment>flags.arms-belly.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps with weakness or loss of feeling.</source>
        <extracomment>flags.weakness-numbness.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after losing a lot of fluid: vomiting, diarrhea or heavy sweating.</source>
        <extracomment>flags.fluid-loss.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm, red or tender (usually the calf), without chest pain or trouble breathing. It could be a blood clot (DVT).</source>
        <extracomment>flags.clot.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly pain that is severe, keeps going, or comes with fever or vomiting.</source>
        <extracomment>flags.belly-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You think the cramps could be a sign of another medical condition.</source>
        <extracomment>flags.other-condition.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant pain with the cramps: talk to a provider right away.</source>
        <extracomment>flags.significant-pain.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling or numbness in your leg, or changes in its skin: talk to a provider right away.</source>
        <extracomment>flags.leg-swelling-numbness.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps that wake you at night, disturb your sleep or leave you tired during the day: talk to a provider right away.</source>
        <extracomment>flags.wake-at-night.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that are very painful, frequent or long-lasting: talk to a provider right away.</source>
        <extracomment>flags.painful-frequent-long.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle weakness, or muscles getting thinner (wasting), along with the cramps.</source>
        <extracomment>flags.weakness-wasting.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term cramps with other symptoms, such as weakness or poor coordination.</source>
        <extracomment>flags.other-symptoms.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps while walking that go away when you rest. This can be a sign of poor circulation. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.walking-cramps.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that began after you started a new medicine. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.new-medicine.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps if you drink a lot of alcohol. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.alcohol.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that don&apos;t get better with self-care, or that exercise or dehydration don&apos;t explain.</source>
        <extracomment>flags.no-improvement.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that keep you from sleeping well or from doing the things you love, like sports.</source>
        <extracomment>flags.sleep-sports.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in the upper back.</source>
        <extracomment>flags.upper-back.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More cramps since a new medicine. Don&apos;t stop or change it on your own: bring your diary and your list of medicines.</source>
        <extracomment>flags.more-after-medicine.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your diary shows cramps on most nights.</source>
        <extracomment>flags.most-nights.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions about vitamins or minerals, such as whether a supplement could help you.</source>
        <extracomment>flags.supplements.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:relief/universal.json</name>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing.</source>
        <extracomment>steps[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>steps[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>steps[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramp: get up and walk, or shake the leg. Putting your weight on it may help.</source>
        <extracomment>steps[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At night, sit up first and get up slowly before you stand. Hold on to something fixed, like a wall or a bed frame, never a chair on wheels.</source>
        <extracomment>steps[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still tight? Warmth may help. Sore or tender? Cold may help. Follow the heat and cold rules.</source>
        <extracomment>steps[5].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards, a pain reliever such as ibuprofen or acetaminophen (paracetamol) may ease soreness. During a cramp it works too slowly to help.</source>
        <extracomment>steps[6].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs): ask a pharmacist or doctor first if you are pregnant or take blood thinners.</source>
        <extracomment>steps[7].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask first, too, if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure or asthma.</source>
        <extracomment>steps[8].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the label. Ask a pharmacist first if you have other conditions or take other medicines.</source>
        <extracomment>steps[9].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>steps[10].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>heat_cold[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick options: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>heat_cold[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use heat or cold for 15 to 20 minutes at a time, never more than 20.</source>
        <extracomment>heat_cold[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always keep a cloth between your skin and the heat or ice.</source>
        <extracomment>heat_cold[3].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>heat_cold[4].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh injury rather than a cramp? Don&apos;t put heat on it.</source>
        <extracomment>heat_cold[5].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes or nerve damage? No heat, ice or hot soaks on skin that feels numb, unless a clinician said it&apos;s OK.</source>
        <extracomment>numb_skin[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test water with your elbow or wrist, never your foot. Use lukewarm water, not hot.</source>
        <extracomment>numb_skin[1].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your skin feels normal, use heat or ice for about 10 minutes at most, and check your skin every few minutes.</source>
        <extracomment>numb_skin[2].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen or other NSAIDs unless a doctor prescribed them. Acetaminophen (paracetamol) is the usual choice. Ask a midwife, doctor or pharmacist first.</source>
        <extracomment>pregnancy[0].text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings, seated</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same routine sitting on the bed or the floor, for when standing is hard or you are tired: a towel calf stretch and a seated hamstring stretch, each leg. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretches from a study of adults over 55 with night leg cramps: calf and hamstring, each leg, hold about 10 seconds at a moderate stretch, relax 10 seconds, 3 times, just before you go to sleep. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended, seated or lying</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seated calf and hamstring stretches, then optional comfort stretches for the foot and, lying on your side, the front of the thigh.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calf and hamstring stretches, then optional comfort stretches for the lower calf, the foot, the front of the thigh and the hip.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break, seated</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk break without standing up: ankle pumps, a hamstring stretch on your chair, a foot stretch and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At your desk: ankle pumps and a hamstring stretch sitting down, calf raises and a thigh stretch holding on to your desk or a wall, and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-arm.json</name>
    <message>
        <location line="+2"/>
        <source>Arm cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall to stretch the forearm, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-back.json</name>
    <message>
        <location line="+2"/>
        <source>Back cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose, then hugging the knees to the chest, breathing slowly.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-belly.json</name>
    <message>
        <location line="+2"/>
        <source>Belly cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long, breathing slowly and deeply.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Calf cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle calf stretch sitting or lying, with a towel or sheet around the foot. Hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Foot cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull the toes back toward the shin and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Back-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips over a straight leg and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hand.json</name>
    <message>
        <location line="+2"/>
        <source>Hand cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-neck.json</name>
    <message>
        <location line="+2"/>
        <source>Neck cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle side stretch for the neck, each side. Don&apos;t force it.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:routines/relief-quadriceps.json</name>
    <message>
        <location line="+2"/>
        <source>Front-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward the buttock, holding on to a wall or a sturdy chair that cannot roll, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data:tips/tips.json</name>
    <message>
        <location line="+2"/>
        <source>Your clinician&apos;s fluid limit comes first. Log what you drink here, and check with them before drinking more than they advised.</source>
        <extracomment>tips.water-fluid-limit.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot weather and exercise raise how much fluid you need. Small, frequent sips may work better than a few large drinks.</source>
        <extracomment>tips.water-heat.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart, kidney, liver or thyroid problems, diuretics and some medicines change fluid needs. If one applies, ask your clinician how much to drink.</source>
        <extracomment>tips.water-conditions.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More is not always better: drinking far too much water can dilute the sodium in your blood. Spread your drinks through the day.</source>
        <extracomment>tips.water-overdrink.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pale, clear-yellow urine is a simple sign that you are probably drinking enough.</source>
        <extracomment>tips.water-urine.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating in the heat, a sports drink or a regular meal may help replace lost salt. Salt tablets are not advised.</source>
        <extracomment>tips.water-sweat.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for long periods is listed as a risk factor for muscle cramps; standing up for a gentle stretch breaks it up.</source>
        <extracomment>tips.stretch-sitting.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular calf stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>tips.stretch-calf.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>tips.stretch-intensity.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most adults hold a stretch for 10 to 30 seconds; older adults may do better holding for 30 to 60 seconds.</source>
        <extracomment>tips.stretch-hold.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day is the most effective.</source>
        <extracomment>tips.stretch-daily.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long spells of sitting are named as a risk factor for cramps. A few minutes of walking breaks them up.</source>
        <extracomment>tips.move-sitting.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a large study, longer unbroken sitting was linked to higher health risks. Getting up at least every 30 minutes may help.</source>
        <extracomment>tips.move-thirty.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a small study, five minutes of light walking every half hour lowered blood sugar spikes and blood pressure over a long sitting day.</source>
        <extracomment>tips.move-five-minutes.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even a two-minute light walk every 20 minutes lowered blood sugar after meals in a lab study of adults aged 45 to 65.</source>
        <extracomment>tips.move-two-minutes.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing still for long periods has also been linked to night leg cramps, so walk around rather than just standing up.</source>
        <extracomment>tips.move-standing.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts suggest building up to two hours a day of standing and light activity at work, then working toward four.</source>
        <extracomment>tips.move-daily-goal.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeping sheets and blankets loose at the foot of the bed may help with night leg cramps.</source>
        <extracomment>tips.bedtime-loose-sheets.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your back? Propping your feet on pillows so your toes point up may help.</source>
        <extracomment>tips.bedtime-on-back.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your front? Letting your feet hang over the end of the bed may help.</source>
        <extracomment>tips.bedtime-on-front.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calf and hamstring stretches just before sleep may help reduce how often night cramps come and how much they hurt.</source>
        <extracomment>tips.bedtime-stretch.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of leg stretches or a stationary bike before bed may also help.</source>
        <extracomment>tips.bedtime-bike.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom.</source>
        <extracomment>tips.bedtime-drinks.text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="-380"/>
        <source>I &amp;drank a glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done, I moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+399"/>
        <source>Cramp now? Choose “Cramp now” in the tray menu. When to see a doctor: “Learn about cramps”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/application.py" line="+196"/>
        <source>Spasm Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Your two-week log is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of those 14 nights is ready in Your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/reminder_presenter.py" line="+196"/>
        <source>Sample reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Snooze all %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I drank a glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, I moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Snooze %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/status_view.py" line="+138"/>
        <source>Your settings file could not be read, so the defaults are used. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were invalid and were reset: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Spasm Desktop can&apos;t write to its data folder, %1: it is read-only, belongs to someone else or was removed. Your reminders keep running, and what you log is kept in memory until it can be saved (on Quit, in a file that the next start adds). To fix it, make that folder yours and writable again, or check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your records file is damaged (%1) and could not be repaired, so it was left unchanged. Reminders keep running, but what you log now is kept only while the app runs. Make sure the data folder has free space and can be written to, then start Spasm Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+12"/>
        <source>Records problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Your records can&apos;t be saved right now (%1). Reminders keep running, and what you log is kept in memory and saved as soon as the database is writable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No system tray was found, so Spasm Desktop lives in this window. Closing it keeps reminders running; start Spasm Desktop again to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/reminder_presenter.py" line="-166"/>
        <source>Reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_launcher.py" line="+81"/>
        <source>Routine files not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These routine files could not be used: %1. Everything else works; &apos;spasm-desktop routine list&apos; shows what is wrong in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A new, empty routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make or change a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/status_view.py" line="-145"/>
        <source>You have no daily water goal, so your reminders keep coming as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_windows.py" line="+168"/>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Learn page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_launcher.py" line="+30"/>
        <source>not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this computer (install speech-dispatcher or espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound: %1. Speech: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/status_view.py" line="+3"/>
        <source>Today&apos;s water goal is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hot day or workout day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small, frequent sips work better than large drinks, and it is best not to exercise in extreme heat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/setup/setup_windows.py" line="+135"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="+24"/>
        <source>Calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot and toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand and fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many muscles / all over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tight, a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard or bulging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twitching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tingling or numb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>asleep (it woke me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in bed, awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pain reliever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>swelling, redness or warmth of the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recent wound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with a chemical or poison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="-395"/>
        <source>relief panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+226"/>
        <location filename="../../spasm_desktop/ui/record/history.py" line="-224"/>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="+186"/>
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="-50"/>
        <location filename="../../spasm_desktop/ui/reminders/salvaged.py" line="+33"/>
        <source>%n cramp(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Saved %n night(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The %n night(s) are as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="+45"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+140"/>
        <source>area not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <comment>area, side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="-370"/>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="-149"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+62"/>
        <source>%1 %2</source>
        <comment>weekday, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="+6"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+495"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (over 10 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+92"/>
        <source>%1 (%2)</source>
        <comment>chart title, unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_geometry.py" line="+113"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+511"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+7"/>
        <source>Highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="-43"/>
        <source>Chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n without data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal reached for %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; over it for %3 of %4.</source>
        <comment>ceiling name, value, count, of</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+37"/>
        <source>%1: %2.</source>
        <comment>legend name, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="+18"/>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fl oz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+68"/>
        <location line="+27"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+291"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+118"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-37"/>
        <location line="+41"/>
        <location line="+35"/>
        <source>Cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A warning sign was ticked for a cramp of this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cramp was logged that night and the morning check-in was not answered, so it is not known whether it was a night without cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, worst %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>with cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/history.py" line="-8"/>
        <source>over your fluid limit on %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>water goal reached on %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <comment>cramps on days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <comment>the days of &apos;cramps on days&apos;</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bedtime routine done on %n night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Recorded nights with cramps: %1 of %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nights not recorded (no cramp logged, morning check-in not answered): %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Nights not recorded, left out: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="-28"/>
        <source>%1, warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, over your limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+11"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-51"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="-50"/>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thyroid disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidney disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular (circulation) disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nerve damage (neuropathy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do not stop or change any medicine on your own. If cramps started or worsened after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/medicine_dialog.py" line="+35"/>
        <source>Enter the medicine&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stop date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stop date is in the future: mark it stopped on the day you stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-457"/>
        <source>Choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a year from %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That month has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose conditions from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other conditions can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/medicine_dialog.py" line="+31"/>
        <source>Mark a medicine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+268"/>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as on the pack, such as Simvastatin 20 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still takin&amp;g it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still taking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;opped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note, such as the dose or a dose change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose, or a change such as “dose doubled in May”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+110"/>
        <location line="+3"/>
        <source>This entry has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-342"/>
        <location line="+2"/>
        <location line="+39"/>
        <source>Health profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Asked once, to help you and your clinician. Every answer is optional, is saved as you go and stays on this device unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the health profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the health profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>When did your cramps first start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month cramps first started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year cramps first started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know when my cramps started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month and year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Conditions you choose to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-128"/>
        <source>Other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clinician set me a &amp;fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit &amp;per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About fluid limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you have a fluid limit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why a fluid limit matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water is log only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medicines, by start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+122"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No medicines listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected medicine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>still taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Deleted %1 from your medicines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is back in your medicines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-5"/>
        <source>%1%</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – %2 (%3)</source>
        <comment>period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <comment>dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-47"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+33"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient-reported data; not validated; not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-319"/>
        <source>%1 cramps per affected night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cramp at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no duration recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst %1 · %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-392"/>
        <source>mean of %Ln score(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_days.py" line="+8"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+3"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+5"/>
        <source>Cramps recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with a cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>recorded; %Ln not recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nights woken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln recorded night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep disturbance (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+162"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+7"/>
        <source>Red-flag entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+2"/>
        <source>listed on page 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Medicine started or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramps per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps per week (weeks from Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time of day (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/night_columns.py" line="+21"/>
        <source>Night of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-213"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+22"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woke me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-119"/>
        <source>of %Ln with a duration</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%Ln other area(s) and side(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At night (20:00–08:00, or asleep or in bed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At rest (asleep, in bed or sitting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During or after exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What they were doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+116"/>
        <source>%Ln other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-111"/>
        <source>When and doing what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The period is too short to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Median pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <location line="+41"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-51"/>
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Days over the current fluid limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-247"/>
        <source>%1 per week over %Ln recorded day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Recorded days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week of recorded days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no daily goal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1 days with a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime routine done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nights (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drinks logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+95"/>
        <source>Red-flag entries are episodes with a warning sign ticked, and episodes in sites other than the legs and feet (hand, arm, neck, back, belly, chest, all over). Each warning is listed with the heading of its tier in the app&apos;s list of warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-23"/>
        <location line="+23"/>
        <source>on %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+2"/>
        <source>Water goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Breaks from sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-91"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+21"/>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+0"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median time to relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No relief method was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+18"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days from the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln more change(s) in the appendix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No medicine was started or stopped in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medicines started or stopped (cramps counted, no interpretation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>median %1, worst %2 (%3 rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 woken; mean score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln night(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intense pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 minutes or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln with a duration</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the calf or foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features of typical night leg cramps, as recorded (data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+56"/>
        <source>No cramps were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+10"/>
        <source>Generated %1 %2 by Spasm Desktop %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report.py" line="+319"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+5"/>
        <source>Muscle cramp diary summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+2"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This app offers general wellness information and reminders. It is not medical advice and does not diagnose, treat or cure any condition. Figures are counts of what the person recorded; they do not show causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-49"/>
        <source>outside the legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (min:s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (shortened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps first started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit set by a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No medicines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile and medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An episode belongs to the day it started on, in the person&apos;s time zone. A night is named by its evening and runs from noon to noon. A night cramp started between 20:00 and 08:00, or was marked as asleep, in bed or woke me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Durations, severity (0 = no pain, 10 = worst imaginable), sleep disturbance and next-day soreness (0–10) are the person&apos;s own estimates. Medians and means use the entries where a value was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A night counts as recorded when a cramp was logged in it, the morning check-in was answered for it, or the bedtime routine was done and the morning answered. Nights with a cramp and nights woken are counted over the recorded nights; cramps per week over the recorded days (a recorded night, or a cramp logged that day). Unrecorded nights are not counted as nights without cramps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trend compares the first and the last two weeks of periods of 28 days or more, else the two halves. Medicine changes show the cramps recorded in the 14 days before and from the day of the change; fewer days are counted near the start of the record or today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramps are usually harmless, but they can sometimes be a sign of another health problem. The app cannot tell the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information about medicines is for discussion with your doctor or pharmacist. Never start, stop or change a medicine because of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+8"/>
        <source>cramp area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more cramps since a new medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps on most nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+30"/>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1</source>
        <comment>a week, by its first day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week (from Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps × mean pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps × mean pain sums up what was recorded in each week; it is not a validated score. A week whose nights were not recorded shows —, not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Red-flag entries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No entry in this period had a warning sign ticked or was outside the legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All medicine changes in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions for the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the provider may ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes for the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All cramp episodes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report.py" line="-235"/>
        <source>Spasm Desktop %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/volumes.py" line="+30"/>
        <source> ml</source>
        <comment>suffix of a volume</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> fl oz</source>
        <comment>suffix of a volume</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needs vary with activity, climate and diet. As a guide, the NHS says 6 to 8 glasses a day; the US National Academies say about %1 from drinks for women and %2 for men.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Suggested daily goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>8 glasses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the NHS guide as my goal: 8 glasses, %1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS: 6 to 8 glasses a day (8 glasses: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (women)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for women as my goal: %1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, women: about %1 a day from drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (men)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for men as my goal: %1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, men: about %1 a day from drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 logged today. Your fluid limit: %2 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With a fluid limit, the app never asks you to drink and sets no goal. Log what you drink to see your total against your limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has a doctor or nurse told you to limit how much you drink each day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With heart or kidney problems, drinking too much can be harmful. Many people with heart failure are told to keep to about 1.5 liters a day; advice differs from person to person. If you have a limit, tick the box and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/held_notice.py" line="+16"/>
        <source>Spasm Desktop could not save %n record(s) before quitting, because the records database can&apos;t be written to right now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is lost: they are kept in the file %1 and will be added to your records the next time Spasm Desktop starts. Please leave that file where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some records are kept for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Spasm Desktop could not save %n record(s) before quitting: neither the records database nor any folder for a recovery file can be written to, so they are lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the disk is not full or read-only before you start Spasm Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some records could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/salvaged.py" line="-1"/>
        <source>%n drink(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) from sitting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stretch routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n medicine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n health profile answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) of water goals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n morning check-in answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your record was damaged (the file on the disk could not be read in full), so Spasm Desktop made a new one from everything that could still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A daily backup can bring back what is missing: My record → Your data → Restore adds only what is not already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything could be read; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged file is kept, unchanged, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your record was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_parts.py" line="+63"/>
        <source> min</source>
        <comment>suffix of a number of minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="-51"/>
        <source>Already in your diary for this night: %n cramp(s). Count only any others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="-173"/>
        <source>%n reminder(s) will come when you are free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+29"/>
        <source>This step lasts %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="-24"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/add_nights.py" line="-185"/>
        <source>%1: %2</source>
        <comment>night, column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%n night(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n night(s) shown: the latest nights that are over, two months at most.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n in your diary</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/bedside_sheet.py" line="+56"/>
        <source>In the night or in the morning, write one row. How many cramps: circle 0 for none, or 1, 2, 3 or more. Worst: write 0 (no pain) to 10 (worst pain). Where: %1. Tick “woke me” if they woke you, or “not sure”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My nights: a bedside sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop: type these rows in with “Add nights” in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="-142"/>
        <source>%Ln cramp episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln drink(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln guided routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln break(s) from sitting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln reminder record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln medicine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln health profile answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the water goal of %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>…and %Ln more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="-8"/>
        <source>Your record began %n night(s) ago (%1 recorded), so a report cannot show two weeks yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
