<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../spasm_desktop/ui/common/text.py" line="+57"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Moverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time for a glass of water</source>
        <translation>Es hora de un vaso de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a short stretch</source>
        <translation>Es hora de un estiramiento corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to get up and move</source>
        <translation>Es hora de levantarse y moverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime stretches</source>
        <translation>Estiramientos antes de dormir</translation>
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
        <translation>mañana %1</translation>
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
        <translation>Hoy lleva registrado %1. El límite indicado por su profesional sanitario es %2 al día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A glass of %1 now. So far today: %2.</source>
        <translation>Un vaso de %1 ahora. Hoy lleva: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A glass of %1 now. So far today: %2 of %3.</source>
        <translation>Un vaso de %1 ahora. Hoy lleva: %2 de %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two minutes of gentle desk stretches for your legs and neck.</source>
        <translation>Dos minutos de estiramientos suaves en el escritorio para las piernas y el cuello.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>You have been sitting for %n minutes. Stand up and walk for 2 to 5 minutes.</source>
        <translation>
            <numerusform>Lleva %n minuto sentado. Levántese y camine de 2 a 5 minutos.</numerusform>
            <numerusform>Lleva %n minutos sentado. Levántese y camine de 2 a 5 minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standing is hard? Circle your ankles in your chair instead.</source>
        <translation>¿Le cuesta ponerse de pie? Haga círculos con los tobillos en su silla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedtime is at %1. Calf and hamstring stretches before sleep may help reduce night cramps for some people.</source>
        <translation>La hora de dormir es a las %1. Estirar las pantorrillas y los isquiotibiales antes de dormir puede ayudar a reducir los calambres nocturnos en algunas personas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For %1 seconds.</source>
        <translation>Durante %1 segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold %1 seconds, relax %2 seconds, %3 times.</source>
        <translation>Mantenga %1 segundos, relaje %2 segundos, %3 veces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold %1 seconds, %2 times.</source>
        <translation>Mantenga %1 segundos, %2 veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold %1 seconds.</source>
        <translation>Mantenga %1 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each leg.</source>
        <translation>Con cada pierna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each foot.</source>
        <translation>Con cada pie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each hand.</source>
        <translation>Con cada mano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side.</source>
        <translation>A cada lado.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stretch gently. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <translation>Estire con suavidad. Pare si siente un dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent surgery, a joint replacement or a new injury? Check with your clinician before stretching.</source>
        <translation>¿Ha tenido una operación reciente, una prótesis de articulación o una lesión nueva? Consulte a su profesional sanitario antes de estirar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnant? Check with your midwife or doctor before starting new stretches. The research on stretching for night cramps did not include pregnant people.</source>
        <translation>¿Está embarazada? Consulte a su matrona o a su médico antes de empezar estiramientos nuevos. Los estudios sobre estiramientos para los calambres nocturnos no incluyeron a personas embarazadas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsteady on your feet? Hold on to something fixed, such as a wall, a bed frame or a heavy table, never a chair on wheels. Or do the stretches seated.</source>
        <translation>¿Se siente inestable de pie? Agárrese a algo fijo, como una pared, el armazón de la cama o una mesa pesada, nunca a una silla con ruedas. O haga los estiramientos sentado.</translation>
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
        <translation>La cantidad de líquido que se necesita varía. Si un profesional sanitario le indicó limitar los líquidos (por ejemplo, por problemas de corazón, riñón o hígado, o por tomar pastillas para orinar), siga sus indicaciones e introduzca su límite. El límite es un máximo, no un objetivo. Beber demasiada agua puede ser perjudicial.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>General wellness reminders, not medical advice.</source>
        <translation>Recordatorios de bienestar general, no consejo médico.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call your local emergency number for unbearable pain, cramps all over the body, chest pain or trouble breathing.</source>
        <translation>Llame a su número local de emergencias si tiene un dolor insoportable, calambres en todo el cuerpo, dolor en el pecho o dificultad para respirar.</translation>
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
        <translation>Llame ya a su número local de emergencias si tiene: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full list of warning signs could not be loaded.</source>
        <translation>No se pudo cargar la lista completa de señales de alarma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency: call your local emergency number or go to the emergency room now</source>
        <translation>Emergencia: llame a su número local de emergencias o vaya ahora al servicio de urgencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get medical advice today</source>
        <translation>Consulte a un médico hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk to your provider soon</source>
        <translation>Hable pronto con su médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention at your next visit</source>
        <translation>Coméntelo en su próxima consulta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your doctor, urgent care or a nurse line, the same day.</source>
        <translation>Su médico, un centro de atención urgente o una línea de enfermería, el mismo día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book an appointment.</source>
        <translation>Pida una cita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your diary.</source>
        <translation>Lleve su diario.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>shown</source>
        <translation>mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed while paused</source>
        <translation>perdido durante la pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held back while busy</source>
        <translation>retenido mientras estaba ocupado</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Away from the computer (sitting timer paused at %1)</source>
        <translation>Lejos del ordenador (contador de tiempo sentado en pausa en %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a break from sitting</source>
        <translation>En una pausa de estar sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Sentado desde hace %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The app notices how long the keyboard and mouse have been idle: being away for a while counts as a break.</source>
        <translation>La aplicación nota cuánto tiempo llevan sin usarse el teclado y el ratón: estar un rato fuera cuenta como pausa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation>Este escritorio no avisa a la aplicación cuando usted no está, así que el recordatorio de moverse cuenta el tiempo de reloj desde su última pausa en lugar del tiempo ante el ordenador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move reminder counts clock time (away time not detected)</source>
        <translation>El recordatorio de moverse cuenta el tiempo de reloj (no se detecta el tiempo fuera)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is running</source>
        <translation>%1 está abierto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a meeting app</source>
        <translation>una aplicación de reuniones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system&apos;s do-not-disturb is on</source>
        <translation>el modo no molestar del sistema está activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a full-screen window is in front</source>
        <translation>hay una ventana a pantalla completa delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not disturb is on</source>
        <translation>no molestar está activado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep moving</source>
        <translation>Siga moviéndose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relax</source>
        <translation>Relájese</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch to your left leg</source>
        <translation>Cambie a la pierna izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right leg</source>
        <translation>Cambie a la pierna derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left foot</source>
        <translation>Cambie al pie izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right foot</source>
        <translation>Cambie al pie derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left hand</source>
        <translation>Cambie a la mano izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right hand</source>
        <translation>Cambie a la mano derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left side</source>
        <translation>Cambie al lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your right side</source>
        <translation>Cambie al lado derecho</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repetition %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep sheets and blankets loose at the foot of the bed.</source>
        <translation>Deje las sábanas y las mantas sueltas a los pies de la cama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your back? Prop your feet with a pillow so your toes point up.</source>
        <translation>¿Duerme boca arriba? Apoye los pies en una almohada para que los dedos apunten hacia arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleeping on your front? Let your feet hang over the end of the bed.</source>
        <translation>¿Duerme boca abajo? Deje que los pies cuelguen por el borde de la cama.</translation>
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
        <translation>Añadir noches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row a night, as on the bedside sheet. Type how many cramps (0 for none), Tab to the next box, Enter for the next night. An empty row changes nothing. A night you answered already shows its answer: change it to replace it. Cramps already in your diary stay: count only any others.</source>
        <translation>Una fila por noche, como en la hoja para la mesita de noche. Escriba cuántos calambres tuvo (0 si ninguno), pulse Tab para pasar a la casilla siguiente e Intro para la noche siguiente. Una fila vacía no cambia nada. Una noche que ya respondió muestra su respuesta: cámbiela para reemplazarla. Los calambres que ya están en su diario se quedan: cuente solo los demás.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First night</source>
        <translation>Primera noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last night</source>
        <translation>Última noche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From the night of</source>
        <translation>&amp;Desde la noche del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nights, oldest first</source>
        <translation>Noches, la más antigua primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the nights</source>
        <translation>Guardar las noches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No nights to enter: choose an earlier first night.</source>
        <translation>No hay noches que anotar: elija una primera noche anterior.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_backups.py" line="+43"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Where your data is</source>
        <translation>Dónde están sus datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your records are</source>
        <translation>Dónde están sus registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where your settings are</source>
        <translation>Dónde están sus ajustes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups:</source>
        <translation>Copias automáticas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the automatic backups are</source>
        <translation>Dónde están las copias de seguridad automáticas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a day the app saves a full backup of your records and settings. The newest %1 are kept; older ones are removed.</source>
        <translation>Una vez al día la aplicación guarda una copia de seguridad completa de sus registros y ajustes. Se conservan las %1 más recientes; las más antiguas se eliminan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The newest automatic backup</source>
        <translation>La copia de seguridad automática más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the backup</source>
        <translation>Resultado de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make today&apos;s backup now</source>
        <translation>Hacer ahora la copia de seguridad de hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the backups</source>
        <translation>Abrir la carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of everything now (on the Export tab)</source>
        <translation>Guardar ahora una copia de todo (en la pestaña Exportar)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest is from %1. There are %2 in the folder.</source>
        <translation>La más reciente es del %1. Hay %2 en la carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the backup in %1: %2.</source>
        <translation>No se pudo guardar la copia de seguridad en %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1.</source>
        <translation>No se pudieron leer sus registros: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved today&apos;s backup: %1.</source>
        <translation>Copia de seguridad de hoy guardada: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s backup already exists (saved at %1).</source>
        <translation>La copia de seguridad de hoy ya existe (guardada a las %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today&apos;s backup already exists.</source>
        <translation>La copia de seguridad de hoy ya existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To save a copy with everything as it is now, use Save a copy.</source>
        <translation>Para guardar una copia con todo tal como está ahora, use Guardar una copia.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/body_map.py" line="+217"/>
        <source>Body picture</source>
        <translation>Imagen del cuerpo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left calf</source>
        <translation>Pantorrilla izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right calf</source>
        <translation>Pantorrilla derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the left thigh</source>
        <translation>Parte de atrás del muslo izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of the right thigh</source>
        <translation>Parte de atrás del muslo derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the left thigh</source>
        <translation>Parte delantera del muslo izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of the right thigh</source>
        <translation>Parte delantera del muslo derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arm</source>
        <translation>Brazo izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm</source>
        <translation>Brazo derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <comment>the body part</comment>
        <translation>Espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation>Vientre</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Use the arrow keys to pick where the cramp is, then press Enter.</source>
        <translation>Use las flechas del teclado para elegir dónde está el calambre y pulse Intro.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Front</source>
        <comment>the view</comment>
        <translation>Delante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <comment>the view</comment>
        <translation>Detrás</translation>
    </message>
</context>
<context>
    <name>BusyTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_busy.py" line="+37"/>
        <source>While you are busy, reminders do not pop up or play a sound. They wait, and when you are free again they come back once, together.</source>
        <translation>Mientras está ocupado, los recordatorios no aparecen ni suenan. Esperan, y cuando vuelve a estar libre aparecen una vez, todos juntos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About do not disturb</source>
        <translation>Acerca de no molestar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait while the system&apos;s do-not-disturb or &amp;presentation mode is on</source>
        <translation>Esperar mientras el modo no molestar o el modo &amp;presentación del sistema esté activado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while the system&apos;s do-not-disturb or presentation mode is on</source>
        <translation>Esperar mientras el modo no molestar o el modo presentación del sistema esté activado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait while a window is &amp;full-screen (presentations, videos, games)</source>
        <translation>Esperar mientras una ventana esté a pantalla &amp;completa (presentaciones, vídeos, juegos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait while a window is full-screen (presentations, videos, games)</source>
        <translation>Esperar mientras una ventana esté a pantalla completa (presentaciones, vídeos, juegos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programs that make reminders wait</source>
        <translation>Programas que hacen esperar a los recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No programs</source>
        <translation>Ningún programa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait w&amp;hile these programs are running (one per line):</source>
        <translation>Esperar mientras estos programas estén &amp;abiertos (uno por línea):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the program&apos;s process name, such as “zoom” or “Teams”. Upper and lower case do not matter, and “.exe” can be left out.</source>
        <translation>Use el nombre de proceso del programa, como “zoom” o “Teams”. Da igual que use mayúsculas o minúsculas, y se puede omitir “.exe”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About program names</source>
        <translation>Acerca de los nombres de programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default list of programs</source>
        <translation>Restablecer la lista predeterminada de programas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ad&amp;vanced: programs that make reminders wait</source>
        <translation>Avan&amp;zado: programas que hacen esperar a los recordatorios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To hold reminders by hand, use Pause reminders in the tray menu: its Hold choices keep what comes due and show it afterwards.</source>
        <translation>Para retener los recordatorios a mano, use Pausar recordatorios en el menú de la bandeja del sistema: sus opciones Retener guardan lo que toca y lo muestran después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holding reminders by hand</source>
        <translation>Retener los recordatorios a mano</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>While you are busy: a program name can have at most %1 characters. Shorten the one that starts with %2.</source>
        <translation>Mientras está ocupado: un nombre de programa puede tener como máximo %1 caracteres. Acorte el que empieza por %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While you are busy: list at most %1 programs.</source>
        <translation>Mientras está ocupado: ponga como máximo %1 programas.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_widget.py" line="+26"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="+67"/>
        <location line="+4"/>
        <source>How was last night?</source>
        <translation>¿Qué tal fue anoche?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Morning check-in</source>
        <translation>Control de la mañana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The night of %1</source>
        <translation>La noche del %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-week log: night %1 of %2</source>
        <translation>Seguimiento de dos semanas: noche %1 de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;No cramps</source>
        <translation>&amp;Sin calambres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No cramps last night</source>
        <translation>Sin calambres anoche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not &amp;sure</source>
        <translation>No estoy seg&amp;uro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this question</source>
        <translation>Omitir esta pregunta</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>I had cramps</source>
        <translation>Tuve calambres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;3 or more</source>
        <translation>&amp;3 o más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 or more cramps</source>
        <translation>3 calambres o más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The worst, from 0 (no pain) to 10 (worst pain)</source>
        <translation>El peor, de 0 (sin dolor) a 10 (el peor dolor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worst, 0 to 10</source>
        <translation>El &amp;peor, de 0 a 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+30"/>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which side</source>
        <translation>Qué lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which si&amp;de</source>
        <translation>Qué &amp;lado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They w&amp;oke me up</source>
        <translation>Me desper&amp;taron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They woke me up</source>
        <translation>Me despertaron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cramp somewhere else, or with a warning sign? Add it in the diary.</source>
        <translation>¿Un calambre en otra parte, o con una señal de alarma? Añádalo en el diario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cramps of last night</source>
        <translation>Guardar los calambres de anoche</translation>
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
        <translation>Cuánto duró el más largo, en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long the longest lasted</source>
        <translation>&amp;Cuánto duró el más largo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much they disturbed your sleep, from 0 (not at all) to 10 (very much)</source>
        <translation>Cuánto alteraron su sueño, de 0 (nada) a 10 (muchísimo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much they disturbed your s&amp;leep, 0 to 10</source>
        <translation>Cuánto &amp;alteraron su sueño, de 0 a 10</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../spasm_desktop/commands.py" line="+129"/>
        <source>Spasm Desktop did not answer in time (it may be busy); your request was passed to it and is carried out when it is free.</source>
        <translation>Spasm Desktop no respondió a tiempo (puede estar ocupado); su petición se le pasó y se realizará cuando esté libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop is running but not answering right now (it may be busy); nothing was changed. Try again in a moment.</source>
        <translation>Spasm Desktop está abierto pero no responde ahora (puede estar ocupado); no se cambió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Do not disturb is off.</source>
        <translation>«No molestar» está desactivado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not disturb is on until you turn it off (spasm-desktop dnd off).</source>
        <translation>«No molestar» está activado hasta que lo desactive (spasm-desktop dnd off).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not disturb until %1.</source>
        <translation>«No molestar» hasta %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: your records are damaged (%1). Nothing was done and the file was not changed. Start Spasm Desktop to recover what can still be read. The damaged file: %2</source>
        <translation>error: sus registros están dañados (%1). No se hizo nada y el archivo no se modificó. Abra Spasm Desktop para recuperar lo que aún se pueda leer. El archivo dañado: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Spasm Desktop is not running, so no reminder is open. Start it with: %1</source>
        <translation>Spasm Desktop no está abierto, así que no hay ningún recordatorio abierto. Ábralo con: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop is not running, so there is nothing to %1. Start it with: %2</source>
        <comment>%1 is the command typed: pause, resume or dnd</comment>
        <translation>Spasm Desktop no está abierto, así que «%1» no tiene efecto. Ábralo con: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders were not paused.</source>
        <translation>Los recordatorios no estaban en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder has the keyboard.</source>
        <translation>El recordatorio tiene el teclado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder is open.</source>
        <translation>No hay ningún recordatorio abierto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused until %1.</source>
        <translation>En pausa hasta %1.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+177"/>
        <source>Seconds left in this step</source>
        <translation>Segundos que quedan en este paso</translation>
    </message>
</context>
<context>
    <name>DiaryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="+110"/>
        <location line="+2"/>
        <source>Cramp diary</source>
        <translation>Diario de calambres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of cramps shown</source>
        <translation>Número de calambres mostrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded cramps, newest first</source>
        <translation>Calambres registrados, los más recientes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation>Números de fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No cramps recorded in this period.</source>
        <translation>No hay calambres registrados en este periodo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cramp</source>
        <translation>Añadir un calambre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cramp (%1)</source>
        <translation>Añadir un calambre (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected cramp</source>
        <translation>Editar el calambre seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected cramp</source>
        <translation>Borrar el calambre seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;nights…</source>
        <translation>Añadir &amp;noches…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add nights from your notes</source>
        <translation>Añadir noches desde sus notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter several past nights at once, one row a night</source>
        <translation>Anotar varias noches pasadas de una vez, una fila por noche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the selected cramp told at the check-in with one logged that night</source>
        <translation>Unir el calambre seleccionado, contado en el control de la mañana, con uno anotado esa noche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same cramp twice: keep the one logged in the night, with its time</source>
        <translation>El mismo calambre dos veces: se queda el anotado durante la noche, con su hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the diary</source>
        <translation>Cerrar el diario</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night of %1, time not known</source>
        <translation>noche del %1, hora desconocida</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Cramp saved: %1, %2.</source>
        <translation>Calambre guardado: %1, %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo the delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp deleted: %1, %2.</source>
        <translation>Calambre borrado: %1, %2.</translation>
    </message>
    <message>
        <source>Saved the %1 cramp of %2.</source>
        <translation type="vanished">Calambre guardado (%1, %2).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Saved the cramp of %1.</source>
        <translation>Calambre guardado (%1).</translation>
    </message>
    <message>
        <source>Deleted the %1 cramp of %2.</source>
        <translation type="vanished">Calambre borrado (%1, %2).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted the cramp of %1.</source>
        <translation>Calambre borrado (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Undo adding the nights</source>
        <translation>Deshacer las noches añadidas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo the merge</source>
        <translation>Deshacer la unión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into the cramp of %1.</source>
        <translation>Unido al calambre de %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two cramps are back as they were.</source>
        <translation>Los dos calambres vuelven a estar como estaban.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cramp is back.</source>
        <translation>El calambre se ha recuperado.</translation>
    </message>
</context>
<context>
    <name>DrinkAmountDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="+368"/>
        <source>Log a drink</source>
        <translation>Anotar una bebida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
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
        <translation>&amp;Cantidad:</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/episode_dialog.py" line="+75"/>
        <source>Edit a cramp</source>
        <translation>Editar un calambre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a cramp</source>
        <translation>Añadir un calambre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When it started (date and time)</source>
        <translation>Cuándo empezó (fecha y hora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Empezó:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where (area)</source>
        <translation>Dónde (zona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+202"/>
        <location line="+35"/>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Which side</source>
        <translation>Qué lado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;ide:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 is no pain, 10 the worst</source>
        <translation>0 es sin dolor, 10 el peor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;bad (0–10):</source>
        <translation>&amp;Intensidad (0–10):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not &amp;known</source>
        <translation>No se &amp;sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted is not known</source>
        <translation>No se sabe cuánto duró</translation>
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
        <translation>Cuánto duró: minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted: seconds</source>
        <translation>Cuánto duró: segundos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How &amp;long:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;More details</source>
        <translation>&amp;Más detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it felt like, what helped, notes, triggers, sleep and warning signs</source>
        <translation>Qué sintió, qué le ayudó, notas, desencadenantes, sueño y señales de alarma</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>More details (optional)</source>
        <translation>Más detalles (opcional)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Care advice for the warning signs ticked</source>
        <translation>Consejos de atención para las señales de alarma marcadas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The cramp&apos;s details</source>
        <translation>Detalles del calambre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the cramp</source>
        <translation>Guardar el calambre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What it felt like:</source>
        <translation>Qué sintió:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation>Qué estaba haciendo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Qué le ayudó:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>After the cramp</source>
        <translation>Después del calambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the cramp: triggers, sleep and warning signs</source>
        <translation>Después del calambre: desencadenantes, sueño y señales de alarma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long sitting</source>
        <translation>mucho tiempo sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long standing</source>
        <translation>mucho tiempo de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough to drink</source>
        <translation>no beber suficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caffeine</source>
        <translation>cafeína</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new medicine</source>
        <translation>un medicamento nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible triggers:</source>
        <translation>Posibles desencadenantes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes until it eased</source>
        <translation>Minutos hasta que se alivió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to relie&amp;f:</source>
        <translation>&amp;Tiempo hasta el alivio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did it wake you up</source>
        <translation>Si le despertó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;oke you up:</source>
        <translation>Le despe&amp;rtó:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much it disturbed your sleep, from 0 (not at all) to 10</source>
        <translation>Cuánto alteró su sueño, de 0 (nada) a 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleep dis&amp;turbance (0–10):</source>
        <translation>&amp;Alteración del sueño (0–10):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How sore it was the next day, from 0 (not at all) to 10</source>
        <translation>Cuánto le dolía al día siguiente, de 0 (nada) a 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore the next &amp;day (0–10):</source>
        <translation>Dolor al día si&amp;guiente (0–10):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning signs:</source>
        <translation>Señales de alarma:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The start is in the future.</source>
        <translation>El inicio está en el futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp lasts more than 0 seconds (or tick “Not known”).</source>
        <translation>Un calambre dura más de 0 segundos (o marque “No se sabe”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start time has no time zone.</source>
        <translation>La hora de inicio no tiene zona horaria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cramp can be recorded for at most 24 hours.</source>
        <translation>Un calambre puede registrarse como máximo durante 24 horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the areas.</source>
        <translation>Elija una de las zonas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose left, right or both.</source>
        <translation>Elija izquierdo, derecho o ambos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bad is a whole number from 0 to 10.</source>
        <translation>La intensidad es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time to relief is at most 240 minutes.</source>
        <translation>El tiempo hasta el alivio es de 240 minutos como máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disturbance is a whole number from 0 to 10.</source>
        <translation>La alteración del sueño es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soreness is a whole number from 0 to 10.</source>
        <translation>El dolor al día siguiente es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Las notas tienen más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>ExerciseLibrary</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/exercise_library.py" line="+40"/>
        <source>Find exercises by name or muscle</source>
        <translation>Buscar ejercicios por nombre o músculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or muscle</source>
        <translation>Nombre o músculo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds the selected exercise after the selected step.</source>
        <translation>Intro añade el ejercicio seleccionado después del paso seleccionado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E&amp;xercises</source>
        <translation>Ejer&amp;cicios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>Bu&amp;scar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◂ &amp;Add</source>
        <translation>◂ &amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exercise after the selected step</source>
        <translation>Añadir el ejercicio después del paso seleccionado</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_export.py" line="+83"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save your records to a file: to show a clinician, to open in a spreadsheet, or to keep as a backup.</source>
        <translation>Guarde sus registros en un archivo: para enseñárselos a un profesional sanitario, para abrirlos en una hoja de cálculo o para conservarlos como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the period</source>
        <translation>Problema con el periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the export</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the export</source>
        <translation>Abrir la carpeta de la exportación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export: choose where to save</source>
        <translation>Exportar: elija dónde guardar</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>What to save</source>
        <translation>Qué guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report for a clinician (&amp;PDF)</source>
        <translation>Informe para un profesional sanitario (&amp;PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spreadsheet files, one per kind of record</source>
        <translation>Archivos de &amp;hoja de cálculo, uno por tipo de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup, to restore later</source>
        <translation>Copia de &amp;seguridad completa, para restaurar más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A readable report of the period, to print or to take to an appointment.</source>
        <translation>Un informe legible del periodo, para imprimirlo o llevarlo a una cita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: this installation cannot write PDF reports.</source>
        <translation>No disponible: esta instalación no puede crear informes PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report for a clinician (PDF)</source>
        <translation>Informe para un profesional sanitario (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheet files, one per kind of record</source>
        <translation>Archivos de hoja de cálculo, uno por tipo de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new folder with one file for each kind of record (drinks, cramps, breaks, ...), in a plain table format (CSV) that LibreOffice Calc, Excel and other spreadsheet programs open.</source>
        <translation>Una carpeta nueva con un archivo por cada tipo de registro (bebidas, calambres, pausas, ...), en un formato de tabla sencillo (CSV) que abren LibreOffice Calc, Excel y otros programas de hojas de cálculo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full backup, to restore later</source>
        <translation>Copia de seguridad completa, para restaurar más tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The records of the period and your settings in one file, which the Restore tab can read back.</source>
        <translation>Los registros del periodo y sus ajustes en un solo archivo, que la pestaña Restaurar puede volver a leer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Which records</source>
        <translation>Qué registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dates below</source>
        <translation>Las fechas de abajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perio&amp;d:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From (first day included)</source>
        <translation>Desde (primer día incluido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (last day included)</source>
        <translation>Hasta (último día incluido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole days, from midnight to midnight.</source>
        <translation>Días completos, de medianoche a medianoche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>On the report (optional)</source>
        <translation>En el informe (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, printed at the top of the report</source>
        <translation>Su nombre, impreso en la parte superior del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left off when empty</source>
        <translation>Se omite si está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes and questions for the appointment</source>
        <translation>Notas y preguntas para la cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you want to ask, or what changed</source>
        <translation>Lo que quiere preguntar o lo que ha cambiado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions or notes:</source>
        <translation>Pre&amp;guntas o notas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed on page 2 of the report, and kept here for the next one.</source>
        <translation>Se imprime en la página 2 del informe y se guarda aquí para el siguiente.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>El primer día es posterior al último: cambie una de las fechas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report covers a period: choose one of the periods or dates.</source>
        <translation>Un informe abarca un periodo: elija uno de los periodos o fechas.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the backup</source>
        <translation>Guardar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spasm backups (*.json)</source>
        <translation>Copias de seguridad de Spasm (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to put the folder of CSV files</source>
        <translation>Elija dónde poner la carpeta de archivos CSV</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save to %1: %2. Nothing was saved.</source>
        <translation>No se pudo guardar en %1: %2. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read your records: %1. Nothing was saved.</source>
        <translation>No se pudieron leer sus registros: %1. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved the report to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 to %2, with your settings.</source>
        <translation>Se guardó %1 en %2, con sus ajustes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1 to the folder %2.</source>
        <translation>Se guardó %1 en la carpeta %2.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_general.py" line="+36"/>
        <source>Display language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dis&amp;play language</source>
        <translation>Idioma de la a&amp;plicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After you save, Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation>Después de guardar, Spasm Desktop mostrará el nuevo idioma la próxima vez que se inicie. Para verlo ahora, cierre Spasm Desktop desde su menú de la bandeja del sistema y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume unit</source>
        <translation>Unidad de volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation>Mililitros (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>Onzas líquidas de EE. UU. (fl oz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uni&amp;ts</source>
        <translation>Uni&amp;dades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login</source>
        <translation>Iniciar al &amp;entrar en la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
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
        <translation>%1 (como el del sistema)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;xt size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows you open after saving use this size. Windows already open change fully when you close them and open them again.</source>
        <translation>Las ventanas que abra después de guardar usan este tamaño. Las ventanas ya abiertas cambian del todo cuando las cierra y las vuelve a abrir.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history.py" line="+68"/>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything recorded</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report for a clinician…</source>
        <translation>&amp;Informe para un profesional sanitario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a report of this period for a clinician</source>
        <translation>Hacer un informe de este periodo para un profesional sanitario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp &amp;diary…</source>
        <translation>&amp;Diario de calambres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the cramp diary</source>
        <translation>Abrir el diario de calambres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The period in short</source>
        <translation>El periodo en resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Por meses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days of the period, newest first</source>
        <translation>Días del periodo, los más recientes primero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Streaks and comparisons</source>
        <translation>Rachas y comparaciones</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no water goal set</source>
        <translation>sin objetivo de agua</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Streaks</source>
        <translation>Rachas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine, nights in a row</source>
        <translation>Rutina antes de dormir, noches seguidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water goal reached, days in a row</source>
        <translation>Objetivo de agua alcanzado, días seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights without a night cramp, in a row</source>
        <translation>Noches registradas sin calambre nocturno, seguidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 now; longest in this period %3.</source>
        <translation>%1: %2 ahora; la racha más larga en este periodo, %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nights after the bedtime routine and nights without</source>
        <translation>Noches después de la rutina antes de dormir y noches sin ella</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These are your own counts side by side, not a test of whether the routine works: other things change from night to night too (activity, heat, drinks, medicines), and a few nights can differ by chance. In one study of adults over 55, stretching the calves and hamstrings every night before bed for 6 weeks led to fewer and less painful night cramps; another study found no benefit, so results vary.</source>
        <translation>Son sus propios recuentos puestos uno al lado del otro, no una prueba de si la rutina funciona: otras cosas también cambian de una noche a otra (actividad, calor, bebidas, medicamentos), y unas pocas noches pueden ser distintas por casualidad. En un estudio con adultos de más de 55 años, estirar las pantorrillas y los isquiotibiales cada noche antes de acostarse durante 6 semanas llevó a calambres nocturnos menos frecuentes y menos dolorosos; otro estudio no encontró ningún beneficio, así que los resultados varían.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A night runs from noon to noon. A night cramp started between %1 and %2, or was marked as asleep, in bed or woke me. Only nights that are over and since your first record count, and only recorded ones: a night with no cramp logged and no morning check-in answer is left out.</source>
        <translation>Una noche va de mediodía a mediodía. Un calambre nocturno es uno que empezó entre las %1 y las %2, o que se marcó como dormido, en la cama o me despertó. Solo cuentan las noches ya terminadas y desde su primer registro, y solo las registradas: una noche sin ningún calambre anotado y sin respuesta al control de la mañana se deja fuera.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No nights to compare in this period yet.</source>
        <translation>Todavía no hay noches que comparar en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No night in this period had the bedtime routine done, so there is nothing to compare yet.</source>
        <translation>En ninguna noche de este periodo se hizo la rutina antes de dormir, así que todavía no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You did the bedtime routine on every night of this period.</source>
        <translation>Hizo la rutina antes de dormir todas las noches de este periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night cramps on %1 of %2 nights (%3 in all, %4 per night)</source>
        <translation>calambres nocturnos en %1 de %2 noches (%3 en total, %4 por noche)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After the bedtime routine: %1. Without it: %2.</source>
        <translation>Después de la rutina antes de dormir: %1. Sin ella: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cramps per week</source>
        <translation>Calambres por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cramps by time of day</source>
        <translation>Calambres por hora del día</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps by body area</source>
        <translation>Calambres por zona del cuerpo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worst severity per week (0–10)</source>
        <translation>Mayor intensidad por semana (0–10)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with the bedtime routine, per week</source>
        <translation>Noches con la rutina antes de dormir, por semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nights in the week</source>
        <translation>Noches de la semana</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your fluid limit</source>
        <translation>Su límite de líquidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Water per day</source>
        <translation>Agua por día</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Water per day, against your fluid limit of %1: over the limit on %2 of %3 days; no drink was logged on %4.</source>
        <translation>Agua por día, frente a su límite de líquidos de %1: por encima del límite en %2 de %3 días; no se anotó ninguna bebida en %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Water per day: the goal was reached on %1 of %2 days with a goal; no drink was logged on %3.</source>
        <translation>Agua por día: se alcanzó el objetivo en %1 de %2 días con objetivo; no se anotó ninguna bebida en %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Water, average per day of each week</source>
        <translation>Agua, media por día de cada semana</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="+168"/>
        <source>Water, stretch and move reminders come only during these hours.</source>
        <translation>Los recordatorios de agua, estiramiento y movimiento solo llegan durante estas horas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I work on certain da&amp;ys</source>
        <translation>Trabajo algunos &amp;días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work on certain days</source>
        <translation>Trabajo algunos días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation>No trabajo / estoy &amp;jubilado: recordarme todos los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation>No trabajo o estoy jubilado: recordarme todos los días</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every day: reminders from</source>
        <translation>Todos los días: recordatorios desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day: until</source>
        <translation>Todos los días: hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day fro&amp;m</source>
        <translation>Todos los días de&amp;sde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An end earlier than the start runs past midnight into the next morning.</source>
        <translation>Si el final es anterior al inicio, pasa la medianoche y sigue hasta la mañana siguiente.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/learn.py" line="+98"/>
        <location line="+2"/>
        <location line="+30"/>
        <source>Learn about cramps</source>
        <translation>Aprender sobre los calambres</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a section to jump to it; press Enter to read it</source>
        <translation>Elija una sección para ir a ella; pulse Intro para leerla</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Learn page</source>
        <translation>Página Aprender</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Disclaimer</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Caution: %1</source>
        <translation>Precaución: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick the ones you do. Your ticks stay on this computer.</source>
        <translation>Marque las que hace. Sus marcas se quedan en este ordenador.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: %1 [%2]</source>
        <translation>Fuentes: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Copy questions</source>
        <translation>&amp;Copiar preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the questions to the clipboard</source>
        <translation>Copiar las preguntas al portapapeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Print the questions</source>
        <translation>Imprimir las preguntas</translation>
    </message>
</context>
<context>
    <name>MonthsPage</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+57"/>
        <source>Your whole record, month by month: do your cramps change with the time of year? Only nights you recorded count (a cramp logged, or the morning check-in answered); months without one recorded night show —.</source>
        <translation>Todo su registro, mes a mes: ¿cambian sus calambres con la época del año? Solo cuentan las noches registradas (un calambre anotado o el control de la mañana respondido); los meses sin ninguna noche registrada muestran —.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation>Noches registradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights with a cramp</source>
        <translation>Noches con algún calambre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps per recorded night</source>
        <translation>Calambres por noche registrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cramps per recorded night for each month of the year, over all the years recorded. Highest: %1 (%2). Months not recorded: %3.</source>
        <translation>Calambres por noche registrada en cada mes del año, sumando todos los años registrados. Máximo: %1 (%2). Meses no registrados: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No night has been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna noche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps per recorded night, by month of the year</source>
        <translation>Calambres por noche registrada, según el mes del año</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>NotificationsTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_notifications.py" line="+27"/>
        <source>How reminders are shown</source>
        <translation>Cómo se muestran los recordatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (recommended)</source>
        <translation>Automático (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pop-up only</source>
        <translation>Solo ventana emergente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notification only</source>
        <translation>Solo notificación del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both pop-up and notification</source>
        <translation>Ventana emergente y notificación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show re&amp;minders as</source>
        <translation>&amp;Mostrar recordatorios como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a soun&amp;d</source>
        <translation>Reproducir un &amp;sonido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound with reminders</source>
        <translation>Reproducir un sonido con los recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Show a short tip with each reminder</source>
        <translation>Mostrar un consejo corto con cada recordatorio</translation>
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
        <translation>Cerrar las ventanas emergentes al cabo de cuántos segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close pop-ups after</source>
        <translation>&amp;Cerrar ventanas emergentes al cabo de</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/pain_scale.py" line="+38"/>
        <source>How bad was it, from 0 (no pain) to 10</source>
        <translation>Qué intensidad tuvo, de 0 (sin dolor) a 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pain %1 out of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>ReliefCard</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_card.py" line="+119"/>
        <source>All warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the warning signs in their four tiers</source>
        <translation>Mostrar u ocultar las señales de alarma en sus cuatro niveles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show or hide these warning signs</source>
        <translation>Mostrar u ocultar estas señales de alarma</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Drawing of the stretch</source>
        <translation>Dibujo del estiramiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+196"/>
        <source>Guided stretch (T)</source>
        <translation>Estiramiento guiado (T)</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Guided stretch</source>
        <translation>Estiramiento guiado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning signs for this area</source>
        <translation>Señales de alarma para esta zona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More that helps</source>
        <translation>Más cosas que ayudan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide every step, for this area and for every cramp</source>
        <translation>Mostrar u ocultar todos los pasos, para esta zona y para cualquier calambre</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>For every cramp</source>
        <translation>Para cualquier calambre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat and cold</source>
        <translation>Calor y frío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps for every cramp could not be loaded.</source>
        <translation>No se pudieron cargar los pasos para cualquier calambre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramp timer</source>
        <translation>Cronómetro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It started earlier:</source>
        <translation>Empezó antes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cramp started %1 minutes before the panel opened</source>
        <translation>El calambre empezó %1 minutos antes de abrir el panel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It&apos;s over (O)</source>
        <translation>Ya pasó (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cramp is over: stop the timer and save</source>
        <translation>El calambre ha pasado: detener el temporizador y guardar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cramp: %1</source>
        <translation>Calambre: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The steps for this area could not be loaded.</source>
        <translation>No se pudieron cargar los pasos para esta zona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All the steps for this area</source>
        <translation>Todos los pasos para esta zona</translation>
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
        <translation>Guiado, lado izquierdo (T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided stretch, right side (T)</source>
        <translation>Guiado, lado derecho (T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided stretch, both sides (T)</source>
        <translation>Guiado, ambos lados (T)</translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_panel.py" line="+117"/>
        <location line="+2"/>
        <source>Cramp relief</source>
        <translation>Alivio del calambre</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Where is the cramp?</source>
        <translation>¿Dónde está el calambre?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press the key on a button (1 to 9, 0 or A), click a button, or click the body picture.</source>
        <translation>Pulse la tecla de un botón (de 1 a 9, 0 o A), haga clic en un botón o haga clic en la imagen del cuerpo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, key %2</source>
        <translation>%1, tecla %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Left</source>
        <translation>&amp;Izquierdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right</source>
        <translation>&amp;Derecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip: don&apos;t say the side</source>
        <translation>Omitir: no indicar el lado</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>◀ &amp;Back: it is one area after all</source>
        <translation>◀ &amp;Volver: al final es una sola zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choosing an area</source>
        <translation>Volver a elegir una zona</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Undo</source>
        <translation>Deshac&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo: don&apos;t keep this cramp</source>
        <translation>Deshacer: no guardar este calambre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A few details, if you like (all optional, saved as you go):</source>
        <translation>Algunos detalles, si quiere (todos opcionales, se guardan sobre la marcha):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;bad was it? 0 is no pain, 10 the worst.</source>
        <translation>¿Qué inte&amp;nsidad tuvo? 0 es sin dolor, 10 el peor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What it felt like:</source>
        <translation>Qué sintió:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you were doing:</source>
        <translation>Qué estaba haciendo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helped:</source>
        <translation>Qué le ayudó:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: close the panel</source>
        <translation>Hecho: cerrar el panel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Which side? (%1)</source>
        <translation>¿Qué lado? (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cramp</source>
        <translation>Calambre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, left</source>
        <translation>%1, izquierdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right</source>
        <translation>%1, derecho</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: %1, %2.</source>
        <translation>Guardado: %1, %2.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="+68"/>
        <location line="+1"/>
        <location line="+62"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show where to find help</source>
        <translation>Cuándo pedir ayuda: mostrar dónde encontrar ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When to get help: show the danger signs</source>
        <translation>Cuándo pedir ayuda: mostrar las señales de alarma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Danger signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;nooze all</source>
        <translation>&amp;Posponer todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;nooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>S&amp;kip tonight</source>
        <translation>&amp;Omitir esta noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip all</source>
        <translation>&amp;Omitir todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze: %1</source>
        <translation>Posponer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip tonight</source>
        <translation>Omitir esta noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip: %1</source>
        <translation>Omitir: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_reminders.py" line="+141"/>
        <source>No drink reminders and no goal: log drinks to see them against the limit.</source>
        <translation>Sin recordatorios de bebida y sin objetivo: anote lo que bebe para verlo frente al límite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much fluid you need varies. If a clinician has told you to limit fluids, for example because of a heart, kidney or liver condition or a medicine, tick the box above: the limit is a ceiling, not a goal. Drinking too much water can be harmful: these reminders never ask for more than %1 in an hour.</source>
        <translation>La cantidad de líquido que se necesita varía. Si un profesional sanitario le ha indicado limitar los líquidos, por ejemplo por un problema de corazón, riñón o hígado o por un medicamento, marque la casilla de arriba: el límite es un máximo, no un objetivo. Beber demasiada agua puede ser perjudicial: estos recordatorios nunca piden más de %1 en una hora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Water</source>
        <translation>&amp;Agua</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Water reminder every how many minutes</source>
        <translation>Recordatorio de agua cada cuántos minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;every</source>
        <translation>Recordar &amp;cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Glass size</source>
        <translation>Tamaño del &amp;vaso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Glass size</source>
        <translation>Tamaño del vaso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dai&amp;ly goal</source>
        <translation>Ob&amp;jetivo diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation>Fijar un objetivo diario de agua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily water goal</source>
        <translation>Objetivo diario de agua</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes before bedtime without water reminders</source>
        <translation>Minutos antes de acostarse sin recordatorios de agua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No water reminders in this many minutes before your bedtime.</source>
        <translation>Sin recordatorios de agua durante estos minutos antes de acostarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quiet before bedtime</source>
        <translation>&amp;Silencio antes de acostarse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;clinician set me a fluid limit</source>
        <translation>Un &amp;profesional sanitario me fijó un límite de líquidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation>Un profesional sanitario me fijó un límite de líquidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fluid limit per day</source>
        <translation>Límite de líquidos por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid li&amp;mit per day</source>
        <translation>&amp;Límite de líquidos por día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water is log only</source>
        <translation>El agua solo se anota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About fluid limits</source>
        <translation>Acerca de los límites de líquidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tretch</source>
        <translation>&amp;Estirar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stretch reminder every how many minutes</source>
        <translation>Recordatorio de estiramiento cada cuántos minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind ever&amp;y</source>
        <translation>&amp;Recordar cada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;ve</source>
        <translation>&amp;Moverse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remind me to move after how many minutes of sitting</source>
        <translation>Recordarme moverme al cabo de cuántos minutos sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me after s&amp;itting for</source>
        <translation>Recordarme &amp;tras estar sentado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minutes away from the computer that count as a break</source>
        <translation>Minutos lejos del ordenador que cuentan como pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being away from the computer this long starts the sitting time again.</source>
        <translation>Estar lejos del ordenador este tiempo vuelve a poner en marcha el tiempo sentado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count a brea&amp;k after being away for</source>
        <translation>Contar una pausa tras estar &amp;fuera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desktop does not tell the app when you are away, so the move reminder counts clock time since your last break instead of time at the computer.</source>
        <translation>Este escritorio no avisa a la aplicación cuando usted no está, así que el recordatorio de moverse cuenta el tiempo de reloj desde su última pausa en lugar del tiempo ante el ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity detection</source>
        <translation>Detección de actividad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bedtime</source>
        <translation>&amp;Hora de dormir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Be&amp;dtime</source>
        <translation>H&amp;ora de acostarse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind how many minutes before bedtime</source>
        <translation>Cuántos minutos antes de acostarse recordar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind &amp;how long before</source>
        <translation>Recor&amp;dar cuánto antes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime reminder on %1</source>
        <translation>Recordatorio antes de dormir a las %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask how the night was, &amp;first thing in the morning</source>
        <translation>Preguntar qué tal fue la noche, a primera hora de la ma&amp;ñana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Morning check-in: how was last night?</source>
        <translation>Control de la mañana: ¿qué tal fue anoche?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A small window the first time you use the computer after your night: no cramps, or how many. It tells nights without cramps from nights not recorded.</source>
        <translation>Una ventana pequeña la primera vez que usa el ordenador después de la noche: sin calambres, o cuántos. Así se distinguen las noches sin calambres de las noches no registradas.</translation>
    </message>
</context>
<context>
    <name>RestoreTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_restore.py" line="+63"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring back records from a backup. Only records you do not have are added: nothing is overwritten or deleted. Your settings stay as they are; only a new installation is offered the backup&apos;s settings.</source>
        <translation>Recupere registros de una copia de seguridad. Solo se añaden los registros que no tiene: no se sobrescribe ni se borra nada. Sus ajustes se quedan como están; los ajustes de la copia solo se ofrecen en una instalación nueva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hoose a backup file…</source>
        <translation>E&amp;legir un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or one of the &amp;automatic daily backups:</source>
        <translation>O una de las copias diarias automá&amp;ticas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic daily backups, newest first</source>
        <translation>Copias de seguridad diarias automáticas, las más recientes primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no automatic backups yet.</source>
        <translation>Todavía no hay copias de seguridad automáticas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup</source>
        <translation>La copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup chosen</source>
        <translation>La copia de seguridad elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup chosen yet.</source>
        <translation>Todavía no ha elegido ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the backup holds</source>
        <translation>Qué contiene la copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;take the backup&apos;s settings</source>
        <translation>Tomar también los a&amp;justes de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also take the backup&apos;s settings</source>
        <translation>Tomar también los ajustes de la copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the restore</source>
        <translation>Resultado de la restauración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;store…</source>
        <translation>Re&amp;staurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore: add the records listed</source>
        <translation>Restaurar: añadir los registros indicados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, saved at %2</source>
        <comment>date, time</comment>
        <translation>%1, guardada a las %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasm backups (*.json);;All files (*)</source>
        <translation>Copias de seguridad de Spasm (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot be restored:</source>
        <translation>No se puede restaurar %1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on %1 at %2.</source>
        <translation>Guardada el %1 a las %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds %1.</source>
        <translation>Contiene %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read your records to compare: %1.</source>
        <translation>No se pudieron leer sus registros para comparar: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything in this backup is already in your records: restoring it would add nothing.</source>
        <translation>Todo lo que hay en esta copia ya está en sus registros: restaurarla no añadiría nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring adds %1. Records you already have are kept as they are; nothing is overwritten or deleted.</source>
        <translation>Al restaurar se añade %1. Los registros que ya tiene se quedan como están; no se sobrescribe ni se borra nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer still has its first settings, so the backup&apos;s settings (reminders, times, glass size and the rest) can be taken too: see the tick box below.</source>
        <translation>Este ordenador aún tiene sus ajustes iniciales, así que también se pueden tomar los ajustes de la copia (recordatorios, horarios, tamaño del vaso y demás): vea la casilla de abajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup&apos;s settings differ from yours. They are not applied: your current settings are kept.</source>
        <translation>Los ajustes de la copia son distintos de los suyos. No se aplican: se mantienen sus ajustes actuales.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore records</source>
        <translation>Restaurar registros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add the records</source>
        <translation>&amp;Añadir los registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the records</source>
        <translation>Añadir los registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel: change nothing</source>
        <translation>Cancelar: no cambiar nada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add %1 to your records? Records you already have stay as they are.</source>
        <translation>¿Añadir %1 a sus registros? Los registros que ya tiene se quedan como están.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take the backup&apos;s settings?</source>
        <translation>¿Tomar los ajustes de la copia?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not restore: %1. Nothing was changed.</source>
        <translation>No se pudo restaurar: %1. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the backup&apos;s settings.</source>
        <translation>Se tomaron los ajustes de la copia.</translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_editor.py" line="+70"/>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New routine</source>
        <translation>Rutina nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy of a built-in routine</source>
        <translation>Copia de una rutina incluida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit your routine</source>
        <translation>Editar su rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine editor</source>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About this copy</source>
        <translation>Acerca de esta copia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in routines cannot be changed. This is a copy of “%1”: it is saved as your own routine, and the original stays as it is.</source>
        <translation>Las rutinas incluidas no se pueden cambiar. Esta es una copia de “%1”: se guarda como rutina suya y la original se queda como está.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total length</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete this routine</source>
        <translation>&amp;Borrar esta rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this routine</source>
        <translation>Borrar esta rutina</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedtime</source>
        <translation>Antes de dormir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break</source>
        <translation>Pausa para estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cramp relief</source>
        <translation>Alivio del calambre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Used f&amp;or</source>
        <translation>&amp;Uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description (optional)</source>
        <translation>Descripción (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Descr&amp;iption</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Give the routine a name.</source>
        <translation>Ponga un nombre a la rutina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one exercise from the list on the right.</source>
        <translation>Añada al menos un ejercicio de la lista de la derecha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a routine with the id “%1”.</source>
        <translation>Ya hay una rutina con el identificador “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This routine cannot be saved.</source>
        <translation>Esta rutina no se puede guardar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description can have at most %1 characters.</source>
        <translation>La descripción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A routine can have at most %1 exercises.</source>
        <translation>Una rutina puede tener como máximo %1 ejercicios.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as %1</source>
        <translation>Guardada como %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not save the routine: %1</source>
        <translation>No se pudo guardar la rutina: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete routine</source>
        <translation>Borrar la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the routine “%1”? This cannot be undone.</source>
        <translation>¿Borrar la rutina “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the routine: %1</source>
        <translation>No se pudo borrar la rutina: %1</translation>
    </message>
</context>
<context>
    <name>RoutinePlayerWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="+116"/>
        <source>Stretch player</source>
        <translation>Reproductor de estiramientos</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+113"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Progress through the routine</source>
        <translation>Avance de la rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing is hard? Do it &amp;seated</source>
        <translation>¿Le cuesta estar de pie? Hágalo &amp;sentado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+152"/>
        <source>Switch to the seated version</source>
        <translation>Cambiar a la versión sentada</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Do it &amp;seated</source>
        <translation>Hacerlo &amp;sentado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seated version of this routine, if standing is hard.</source>
        <translation>La versión sentada de esta rutina, si le cuesta estar de pie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+1"/>
        <source>Full screen on or off (F11)</source>
        <translation>Activar o desactivar la pantalla completa (F11)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instruction and cautions</source>
        <translation>Instrucción y precauciones</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Left arrow)</source>
        <translation>Atrás (flecha izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o continuar (Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Right arrow)</source>
        <translation>Siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↻ Repeat</source>
        <translation>↻ Repetir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat this exercise (R)</source>
        <translation>Repetir este ejercicio (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop</source>
        <translation>■ Parar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop (Escape)</source>
        <translation>Parar (Escape)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Routine finished</source>
        <translation>Rutina terminada</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Takes %1.</source>
        <translation>Dura %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter or Space starts. Esc closes.</source>
        <translation>Intro o Espacio para empezar. Esc para cerrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the routine (Enter)</source>
        <translation>Empezar la rutina (Intro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do it s&amp;eated instead</source>
        <translation>Hacerlo se&amp;ntado en su lugar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+203"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Leave full screen</source>
        <translation>Salir de la pantalla completa</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Well done. That&apos;s the routine.</source>
        <translation>Muy bien. Ha terminado la rutina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you sleep:</source>
        <translation>Antes de dormir:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This window closes by itself in %1 s.</source>
        <translation>Esta ventana se cierra sola en %1 s.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paused – %1</source>
        <translation>En pausa – %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standing is hard? Do this instead: %1.</source>
        <translation>¿Le cuesta estar de pie? Haga en su lugar: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>▶ Resume</source>
        <translation>▶ Continuar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
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
        <translation>Siguiente: el final de la rutina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_routines.py" line="+40"/>
        <source>Hold each stretch for</source>
        <translation>Mantener cada estiramiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the routine says (10 s in the bedtime routine, as in the study)</source>
        <translation>Como indique la rutina (10 s en la rutina antes de dormir, como en el estudio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 30 seconds</source>
        <translation>Al menos 30 segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 45 seconds (often preferred by older adults)</source>
        <translation>Al menos 45 segundos (lo que suelen preferir las personas mayores)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hold each stretch for</source>
        <translation>&amp;Mantener cada estiramiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longer holds suit some people better, for example older adults. They apply to every routine except the bedtime calves and hamstrings, standing or seated. Those keep each hold at 10 seconds, as in the study they come from.</source>
        <translation>A algunas personas, por ejemplo a las personas mayores, les van mejor los estiramientos más largos. Se aplican a todas las rutinas excepto a la de pantorrillas e isquiotibiales antes de dormir, de pie o sentado. Esas mantienen cada estiramiento 10 segundos, como en el estudio del que proceden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About hold times</source>
        <translation>Acerca de la duración de los estiramientos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bedtime routine</source>
        <translation>Rutina antes de dormir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bedtime routine</source>
        <translation>Rutina antes de &amp;dormir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break routine</source>
        <translation>Rutina de pausa para estirar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tretch break routine</source>
        <translation>Rutina de pausa para es&amp;tirar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Play a short sound at each step</source>
        <translation>Re&amp;producir un sonido corto en cada paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a short sound at each step of a routine</source>
        <translation>Reproducir un sonido corto en cada paso de una rutina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;k the steps (Hold, Relax, Switch sides)</source>
        <translation>De&amp;cir los pasos en voz alta (Mantenga, Relájese, Cambie de lado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speak the steps of a routine</source>
        <translation>Decir en voz alta los pasos de una rutina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound and speech are checked when a routine first plays.</source>
        <translation>El sonido y la voz se comprueban la primera vez que se reproduce una rutina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound and speech</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ad&amp;vanced: sound and speech on this computer</source>
        <translation>A&amp;vanzado: sonido y voz en este ordenador</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I am pre&amp;gnant</source>
        <translation>Estoy &amp;embarazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am pregnant</source>
        <translation>Estoy embarazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch player and the cramp relief panel show what to check first in pregnancy.</source>
        <translation>El reproductor de estiramientos y el panel de alivio del calambre muestran lo que hay que consultar primero durante el embarazo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have ba&amp;lance problems or am unsteady on my feet</source>
        <translation>Tengo problemas de equi&amp;librio o me siento inestable de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have balance problems or am unsteady on my feet</source>
        <translation>Tengo problemas de equilibrio o me siento inestable de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch and bedtime reminders open the seated versions of the routines.</source>
        <translation>Los recordatorios de estirar y de antes de dormir abren las versiones sentadas de las rutinas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What this changes</source>
        <translation>Qué cambia esto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(missing: %1)</source>
        <translation>(falta: %1)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_dialog.py" line="+69"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminders</source>
        <translation>Recordator&amp;ios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>While you are busy</source>
        <translation>Mientras está ocupado</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Whe&amp;n</source>
        <translation>Cuá&amp;ndo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otifications &amp;&amp; sound</source>
        <translation>Notificaciones &amp;y sonido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ro&amp;utines</source>
        <translation>R&amp;utinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gener&amp;al</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the &amp;welcome again…</source>
        <translation>Repetir la &amp;bienvenida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the welcome again</source>
        <translation>Repetir la bienvenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes Settings without saving and asks the first questions again.</source>
        <translation>Cierra Ajustes sin guardar y vuelve a hacer las primeras preguntas.</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>remind every</source>
        <translation>recordar cada</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>glass size</source>
        <translation>tamaño del vaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily goal</source>
        <translation>objetivo diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet before bedtime</source>
        <translation>silencio antes de acostarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fluid limit</source>
        <translation>límite de líquidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move</source>
        <translation>Moverse</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>sitting time</source>
        <translation>tiempo sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time away that counts as a break</source>
        <translation>tiempo fuera que cuenta como pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>remind before</source>
        <translation>recordar antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notifications &amp; sound</source>
        <translation>Notificaciones y sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close pop-ups after</source>
        <translation>cerrar ventanas emergentes al cabo de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programs</source>
        <translation>programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hold each stretch for</source>
        <translation>mantener cada estiramiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Water: a %1 glass every %2 minutes adds up to more than %3 an hour. Choose a smaller glass or a longer interval.</source>
        <translation>Agua: un vaso de %1 cada %2 minutos suma más de %3 por hora. Elija un vaso más pequeño o un intervalo más largo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active hours on %1: a range starts and ends at the same time.</source>
        <translation>Horas activas del %1: un intervalo empieza y termina a la misma hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active hours on %1: use at most %2 ranges a day.</source>
        <translation>Horas activas del %1: use como máximo %2 intervalos al día.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 must be between %3 and %4.</source>
        <translation>%1: %2 debe estar entre %3 y %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 cannot be used.</source>
        <translation>%1: no se puede usar %2.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_steps.py" line="+48"/>
        <source>Exercises in this routine, in order</source>
        <translation>Ejercicios de esta rutina, en orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it.</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo mueven el ejercicio seleccionado; Supr lo quita.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;teps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;up</source>
        <translation>Subi&amp;r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise up</source>
        <translation>Subir el ejercicio seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected exercise down</source>
        <translation>Bajar el ejercicio seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected exercise</source>
        <translation>Quitar el ejercicio seleccionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+186"/>
        <source>Selected exercise</source>
        <translation>Ejercicio seleccionado</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Timing of the selected exercise</source>
        <translation>Tiempos del ejercicio seleccionado</translation>
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
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold for how many seconds</source>
        <translation>Mantener cuántos segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lax</source>
        <translation>Re&amp;lajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relax for how many seconds</source>
        <translation>Relajar cuántos segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;petitions</source>
        <translation>Repe&amp;ticiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For a movement, such as ankle pumps, how long to keep moving.</source>
        <translation>Para un movimiento, como el bombeo de tobillos, cuánto tiempo seguir moviéndose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sid&amp;es</source>
        <translation>Lad&amp;os</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exercise&apos;s own timing</source>
        <translation>Los tiempos propios del ejercicio</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left only</source>
        <translation>solo el izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right only</source>
        <translation>solo el derecho</translation>
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
        <translation>Los tiempos propios del ejercicio: %1, relajar %2 s.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left only</source>
        <translation>Solo el izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right only</source>
        <translation>Solo el derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one-sided</source>
        <translation>No es de un solo lado</translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/today.py" line="-302"/>
        <location line="+2"/>
        <location line="+165"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Cra&amp;mp now: what to do</source>
        <translation>Cala&amp;mbre ahora: qué hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp now: open the relief panel</source>
        <translation>Calambre ahora: abrir el panel de alivio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last night: not answered yet.</source>
        <translation>Anoche: todavía sin responder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nswer now…</source>
        <translation>Respo&amp;nder ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer how last night was</source>
        <translation>Responder qué tal fue anoche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+145"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Water today</source>
        <translation>Agua hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Water today against your goal</source>
        <translation>Agua hoy frente a su objetivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About your fluid limit today</source>
        <translation>Acerca de su límite de líquidos hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Water is log only</source>
        <translation>El agua solo se anota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Other amount…</source>
        <translation>&amp;Otra cantidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log another amount</source>
        <translation>Anotar otra cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo last drink</source>
        <translation>&amp;Deshacer la última bebida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo last drink</source>
        <translation>Deshacer la última bebida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting</source>
        <translation>Tiempo sentado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting now</source>
        <translation>Sentado ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting time today</source>
        <translation>Tiempo sentado hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks today</source>
        <translation>Pausas hoy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders today</source>
        <translation>Recordatorios hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders today by kind and answer</source>
        <translation>Recordatorios de hoy por tipo y respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Pause 1 hour</source>
        <translation>&amp;Pausar 1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders for one hour</source>
        <translation>Pausar los recordatorios durante una hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Spasm Desktop</source>
        <translation>&amp;Salir del todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Spasm Desktop</source>
        <translation>Salir de Spasm Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;iary…</source>
        <translation>D&amp;iario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp diary</source>
        <translation>Diario de calambres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and charts</source>
        <translation>Historial y gráficos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Learn…</source>
        <translation>Aprend&amp;er…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn about cramps</source>
        <translation>Aprender sobre los calambres</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Water (log only)</source>
        <translation>Agua (solo se anota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;drink (%1)</source>
        <translation>Anotar una &amp;bebida (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a drink of %1</source>
        <translation>Anotar una bebida de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;glass (%1)</source>
        <translation>Anotar un &amp;vaso (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a glass of %1</source>
        <translation>Anotar un vaso de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log only (fluid limit)</source>
        <translation>solo se anota (límite de líquidos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two-week log running, until the night of %1.</source>
        <translation>Seguimiento de dos semanas en curso, hasta la noche del %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders are paused until %1.</source>
        <translation>Los recordatorios están en pausa hasta %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sitting time today: %1</source>
        <translation>Tiempo sentado hoy: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks today: %1 on your own, %2 after a reminder</source>
        <translation>Pausas hoy: %1 por su cuenta, %2 después de un recordatorio</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="+126"/>
        <source>Spasm Desktop menu</source>
        <translation>Menú de Spasm Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a &amp;drink</source>
        <translation>Anotar una &amp;bebida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar recordatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;My record</source>
        <translation>&amp;Mi registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Str&amp;etch now</source>
        <translation>&amp;Estirar ahora</translation>
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
        <translation>En pausa hasta mañana, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>En pausa hasta las %1</translation>
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
        <translation>Recordatorios retenidos hasta que los reanude</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders held until %1</source>
        <translation>Recordatorios retenidos hasta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders wait: %1</source>
        <translation>Los recordatorios esperan: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Water today: %1 (your limit: %2)</source>
        <translation>Agua hoy: %1 (su límite: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water today: %1</source>
        <translation>Agua hoy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2</source>
        <translation>Agua hoy: %1 de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No reminders scheduled</source>
        <translation>No hay recordatorios programados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next reminder: %1, %2</source>
        <comment>kind, time</comment>
        <translation>Próximo recordatorio: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Cramp now…</source>
        <translation>&amp;Calambre ahora…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick help for a cramp that is happening now</source>
        <translation>Ayuda rápida para un calambre que está ocurriendo ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Answer the reminder…</source>
        <translation>&amp;Responder al recordatorio…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
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
        <translation>Crear o cambiar una r&amp;utina…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Today…</source>
        <translation>H&amp;oy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramp d&amp;iary…</source>
        <translation>&amp;Diario de calambres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History and charts…</source>
        <translation>&amp;Historial y gráficos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;profile and medicines…</source>
        <translation>Perfil de &amp;salud y medicamentos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;data: report, export, backups…</source>
        <translation>Sus &amp;datos: informe, exportación, copias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Learn about cramps…</source>
        <translation>&amp;Aprender sobre los calambres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A glass (%1)</source>
        <translation>Un vaso (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other amount…</source>
        <translation>Otra cantidad…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders that come due meanwhile are skipped.</source>
        <translation>Los recordatorios que toquen mientras tanto se omiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;15 minutes</source>
        <translation>Durante &amp;15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;30 minutes</source>
        <translation>Durante &amp;30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 h&amp;our</source>
        <translation>Durante 1 h&amp;ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;2 hours</source>
        <translation>Durante &amp;2 horas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb: reminders that come due meanwhile wait, and come when it ends.</source>
        <translation>No molestar: los recordatorios que toquen mientras tanto esperan y llegan cuando termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hold for 1 hour, then show what I missed</source>
        <translation>&amp;Retener durante 1 hora y luego mostrar lo que me perdí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold until I &amp;resume, then show what I missed</source>
        <translation>Retener hasta que &amp;continúe y luego mostrar lo que me perdí</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>Rea&amp;nudar los recordatorios (en pausa hasta %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume reminders (held until %1)</source>
        <translation>Rea&amp;nudar los recordatorios (retenidos hasta %1)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Resume reminders (held until you resume them)</source>
        <translation>Rea&amp;nudar los recordatorios (retenidos hasta que los reanude)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hot day: off, your fluid limit comes first</source>
        <translation>Día de calor: desactivado, su límite de líquidos va primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a fluid limit set by a clinician, a hot day never raises anything.</source>
        <translation>Con un límite de líquidos fijado por un profesional sanitario, un día de calor nunca aumenta nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hot day or workout day (today)</source>
        <translation>Día de ca&amp;lor o de entrenamiento (hoy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tips for the heat; your reminders come as usual.</source>
        <translation>Consejos para el calor; sus recordatorios llegan como siempre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raises today&apos;s water goal; back to normal tomorrow.</source>
        <translation>Aumenta el objetivo de agua de hoy; mañana vuelve a lo normal.</translation>
    </message>
</context>
<context>
    <name>TwoWeekLogBox</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="+68"/>
        <source>Two-week log for an appointment</source>
        <translation>Seguimiento de dos semanas para una cita</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>&amp;Keep a two-week log</source>
        <translation>&amp;Llevar un seguimiento de dos semanas</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Keep a two-week log: the app asks about each of the next 14 nights</source>
        <translation>Llevar un seguimiento de dos semanas: la aplicación le pregunta por cada una de las próximas 14 noches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report of &amp;these 14 days</source>
        <translation>In&amp;forme de estos 14 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the report to the 14 days of the log</source>
        <translation>Ajustar el informe a los 14 días del seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the &amp;log</source>
        <translation>Detener el seg&amp;uimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the two-week log; what you answered stays in your record</source>
        <translation>Detener el seguimiento de dos semanas; lo que ya respondió se queda en su registro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your two-week log of the nights from %1 to %2 is complete: %3 of 14 nights recorded. The report of those 14 days is ready to save.</source>
        <translation>Su seguimiento de dos semanas de las noches del %1 al %2 ha terminado: %3 de 14 noches registradas. El informe de esos 14 días está listo para guardarse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start a &amp;new log</source>
        <translation>Empezar un seguimiento nue&amp;vo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-week log running: the nights from %1 to %2. Each morning the app asks how the night was, even if the morning check-in is turned off. So far %3 of them recorded.</source>
        <translation>Seguimiento de dos semanas en curso: las noches del %1 al %2. Cada mañana la aplicación le pregunta qué tal fue la noche, aunque el control de la mañana esté desactivado. Por ahora, %3 de ellas registradas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For 14 nights the app asks each morning how the night was: how many cramps, how long the longest lasted, the worst pain and how much they disturbed your sleep. Then the report shows exactly those two weeks.</source>
        <translation>Durante 14 noches, la aplicación le pregunta cada mañana qué tal fue la noche: cuántos calambres, cuánto duró el más largo, el peor dolor y cuánto alteraron su sueño. Después, el informe muestra exactamente esas dos semanas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your record is new, so a report has no nights to show yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation>Su registro es nuevo, así que un informe aún no tiene noches que mostrar. ¿Va a ver pronto a un profesional sanitario? Un seguimiento de dos semanas le da al informe 14 noches registradas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only %1 of the last 14 nights are recorded, so a report would mostly say “not recorded”. Seeing a clinician soon? Keep a two-week log first.</source>
        <translation>Solo %1 de las últimas 14 noches están registradas, así que un informe diría sobre todo “no registrada”. ¿Va a ver pronto a un profesional sanitario? Lleve antes un seguimiento de dos semanas.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../spasm_desktop/ui/common/undo.py" line="+36"/>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo with %1.</source>
        <translation>Deshacer con %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/welcome.py" line="+105"/>
        <location line="+116"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Welcome to Spasm Desktop</source>
        <translation>Bienvenido a Spasm Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip setup</source>
        <translation>Omitir la confi&amp;guración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the standard settings. You can change them any time in Settings.</source>
        <translation>Mantener los ajustes estándar. Puede cambiarlos cuando quiera en Ajustes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Skip setup and keep the standard settings</source>
        <translation>Omitir la configuración y mantener los ajustes estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and save</source>
        <translation>Terminar y guardar</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>What this app does, and what it does not do.</source>
        <translation>Lo que hace esta aplicación y lo que no hace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spasm Desktop reminds you to drink water, to stretch, to get up after sitting for a while and to do your bedtime stretches. It guides you through the stretches, and its cramp relief panel helps when a cramp strikes.</source>
        <translation>Spasm Desktop le recuerda beber agua, estirarse, levantarse después de estar un rato sentado y hacer sus estiramientos antes de dormir. Le guía en los estiramientos, y su panel de alivio del calambre le ayuda cuando aparece un calambre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It does not diagnose, treat or cure anything, and it cannot tell a harmless cramp from a sign of another health problem. If you are worried, contact a healthcare provider.</source>
        <translation>No diagnostica, no trata ni cura nada, y no puede distinguir un calambre sin importancia de una señal de otro problema de salud. Si está preocupado, consulte a un profesional sanitario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A few questions follow to set up your reminders. Every step can be skipped, nothing is saved until you finish, and you can run this again from Settings.</source>
        <translation>A continuación hay unas preguntas para configurar sus recordatorios. Puede omitir cualquier paso, no se guarda nada hasta que termine y puede repetir esto desde Ajustes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What describes you?</source>
        <translation>¿Qué le describe?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick any that apply, or none. You can change all of this later in Settings.</source>
        <translation>Marque las que correspondan, o ninguna. Puede cambiar todo esto más tarde en Ajustes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I sit at a &amp;desk most of the day</source>
        <translation>&amp;Paso sentado ante un escritorio casi todo el día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk work</source>
        <translation>Trabajo de escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I e&amp;xercise hard or play sports</source>
        <translation>Hago e&amp;jercicio intenso o practico deporte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard exercise</source>
        <translation>Ejercicio intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;over 65</source>
        <translation>Tengo &amp;más de 65 años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over 65</source>
        <translation>Más de 65 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am &amp;pregnant</source>
        <translation>&amp;Estoy embarazada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pregnant</source>
        <translation>Embarazada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Night-time leg &amp;cramps wake me up</source>
        <translation>Me despiertan &amp;calambres nocturnos en las piernas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken by night-time leg cramps</source>
        <translation>Me despiertan calambres nocturnos en las piernas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have balance problems or am &amp;unsteady on my feet</source>
        <translation>Tengo problemas de equilibrio o me siento &amp;inestable de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance problems or unsteady on my feet</source>
        <translation>Problemas de equilibrio o inestable de pie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pregnancy caution</source>
        <translation>Precaución en el embarazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What your answers change</source>
        <translation>Lo que cambian sus respuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your day</source>
        <translation>Su día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water, stretch and move reminders come only during these hours. For different hours on different days, use Settings later.</source>
        <translation>Los recordatorios de agua, estiramiento y movimiento solo llegan durante estas horas. Para horarios distintos según el día, use Ajustes más adelante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I don&apos;t work / I&apos;m ret&amp;ired: remind me every day</source>
        <translation>No trabajo / estoy &amp;jubilado: recordarme todos los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t work or I&apos;m retired: remind me every day</source>
        <translation>No trabajo o estoy jubilado: recordarme todos los días</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I work on %1</source>
        <translation>Trabajo los %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wor&amp;k days</source>
        <translation>&amp;Días de trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work starts at</source>
        <translation>El trabajo empieza a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work ends at</source>
        <translation>El trabajo termina a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day from</source>
        <translation>Recordatorios todos los días desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders every day until</source>
        <translation>Recordatorios todos los días hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual bedtime</source>
        <translation>Hora habitual de acostarse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work s&amp;tarts at</source>
        <translation>El trabajo em&amp;pieza a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;ends at</source>
        <translation>El trabajo te&amp;rmina a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders f&amp;rom</source>
        <translation>Recordatorios de&amp;sde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders &amp;until</source>
        <translation>Recordatorios &amp;hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual be&amp;dtime</source>
        <translation>H&amp;ora habitual de acostarse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders cannot start and end at the same time.</source>
        <translation>Los recordatorios no pueden empezar y terminar a la misma hora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the working hours</source>
        <translation>Problema con el horario de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Water reminders stop a while before bedtime. An end time earlier than the start means past midnight.</source>
        <translation>Los recordatorios de agua se detienen un rato antes de acostarse. Una hora de fin anterior a la de inicio significa después de medianoche.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The water reminder suggests one glass at a time. A daily goal is optional.</source>
        <translation>El recordatorio de agua sugiere un vaso cada vez. El objetivo diario es opcional.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume unit</source>
        <translation>Unidad de volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliliters (ml)</source>
        <translation>Mililitros (ml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US fluid ounces (fl oz)</source>
        <translation>Onzas líquidas de EE. UU. (fl oz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily water goal</source>
        <translation>Objetivo diario de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glass size</source>
        <translation>Tamaño del vaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluid limit per day</source>
        <translation>Límite de líquidos por día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&amp;lass size</source>
        <translation>Tamaño del &amp;vaso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily &amp;goal</source>
        <translation>&amp;Objetivo diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a daily water goal</source>
        <translation>Fijar un objetivo diario de agua</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About daily goals</source>
        <translation>Acerca de los objetivos diarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A doctor has told me I have &amp;heart or kidney disease</source>
        <translation>Un médico me ha dicho que tengo una enfermedad del &amp;corazón o del riñón</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A doctor has told me I have heart or kidney disease</source>
        <translation>Un médico me ha dicho que tengo una enfermedad del corazón o del riñón</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do you have a fluid limit?</source>
        <translation>¿Tiene un límite de líquidos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a fluid limit matters</source>
        <translation>Por qué importa un límite de líquidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;clinician gave me a fluid limit</source>
        <translation>Un &amp;profesional sanitario me fijó un límite de líquidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician gave me a fluid limit</source>
        <translation>Un profesional sanitario me fijó un límite de líquidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fluid li&amp;mit per day</source>
        <translation>&amp;Límite de líquidos por día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Water is log only</source>
        <translation>El agua solo se anota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About fluid limits</source>
        <translation>Acerca de los límites de líquidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders only come while the app runs. It sits quietly in the tray.</source>
        <translation>Los recordatorios solo llegan mientras la aplicación está abierta. Se queda discretamente en la bandeja del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes, start it when I log in</source>
        <translation>&amp;Sí, iniciarla cuando entre en la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: yes</source>
        <translation>Iniciar al entrar en la sesión: sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o, I will start it myself</source>
        <translation>N&amp;o, la iniciaré yo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login: no</source>
        <translation>Iniciar al entrar en la sesión: no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The app&apos;s icon is in the notification area at the right end of the taskbar, next to the clock. If you do not see it, click the small arrow there.</source>
        <translation>El icono de la aplicación está en el área de notificación, en el extremo derecho de la barra de tareas, junto al reloj. Si no lo ve, haga clic en la flechita que hay allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s icon is in the menu bar at the top right of the screen.</source>
        <translation>El icono de la aplicación está en la barra de menús, arriba a la derecha de la pantalla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s icon is in your desktop&apos;s panel or system tray, usually near the clock. Some desktops show tray icons only with an extension (on GNOME, AppIndicator).</source>
        <translation>El icono de la aplicación está en el panel o en la bandeja del sistema de su escritorio, normalmente cerca del reloj. Algunos escritorios solo muestran los iconos de la bandeja con una extensión (en GNOME, AppIndicator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You&apos;re set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to find the app, and how to pause it.</source>
        <translation>Dónde encontrar la aplicación y cómo pausarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s tray icon</source>
        <translation>El icono de la aplicación en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click the icon to see today&apos;s reminders. Right-click it for the menu: choose Pause to hold every reminder for a while, Settings to change anything you chose here.</source>
        <translation>Haga clic en el icono para ver los recordatorios de hoy. Haga clic con el botón derecho para ver el menú: elija Pausar para retener todos los recordatorios durante un rato, o Ajustes para cambiar cualquier cosa que haya elegido aquí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reminder pops up near the tray with buttons to say you did it, to snooze it or to skip it.</source>
        <translation>Un recordatorio aparece cerca de la bandeja con botones para decir que lo ha hecho, para posponerlo o para omitirlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show me a s&amp;ample reminder</source>
        <translation>&amp;Ver un recordatorio de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a sample reminder now</source>
        <translation>Mostrar ahora un recordatorio de ejemplo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Finish to save your answers.</source>
        <translation>Pulse Terminar para guardar sus respuestas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reminder to get up after 30 minutes of sitting, and desk stretches.</source>
        <translation>Un recordatorio para levantarse tras 30 minutos sentado, y estiramientos en el escritorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretches are held for at least 30 seconds.</source>
        <translation>Los estiramientos se mantienen al menos 30 segundos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bedtime reminder for calf and hamstring stretches, which may help reduce night cramps for some people.</source>
        <translation>Un recordatorio antes de dormir para estirar pantorrillas e isquiotibiales, que puede ayudar a reducir los calambres nocturnos en algunas personas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The app remembers this: the stretch player and the cramp relief panel show what to check first when you are pregnant.</source>
        <translation>La aplicación lo recuerda: el reproductor de estiramientos y el panel de alivio del calambre muestran lo que hay que consultar primero si está embarazada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stretch and bedtime reminders open the seated versions, sitting on a chair or the bed. Standing steps say to hold on to something fixed.</source>
        <translation>Los recordatorios de estirar y de antes de dormir abren las versiones sentadas, en una silla o en la cama. Los pasos de pie indican agarrarse a algo fijo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your reminders keep their standard settings.</source>
        <translation>Sus recordatorios mantienen los ajustes estándar.</translation>
    </message>
</context>
<context>
    <name>YourData</name>
    <message>
        <source>%Ln cramp episode(s)</source>
        <extracomment>A wait cursor, with the window&apos;s controls disabled, while working (given by the window). The order tables are named in messages (tables not listed follow, in backup.TABLES order).</extracomment>
        <translation type="vanished">%Ln episodio(s) de calambre</translation>
    </message>
    <message>
        <source>%Ln drink(s)</source>
        <translation type="vanished">%Ln bebida(s)</translation>
    </message>
    <message>
        <source>%Ln guided routine(s)</source>
        <translation type="vanished">%Ln rutina(s) guiada(s)</translation>
    </message>
    <message>
        <source>%Ln break(s) from sitting</source>
        <translation type="vanished">%Ln pausa(s) de estar sentado</translation>
    </message>
    <message>
        <source>%Ln reminder record(s)</source>
        <translation type="vanished">%Ln registro(s) de recordatorios</translation>
    </message>
    <message>
        <source>%Ln medicine(s)</source>
        <translation type="vanished">%Ln medicamento(s)</translation>
    </message>
    <message>
        <source>%Ln health profile answer(s)</source>
        <translation type="vanished">%Ln respuesta(s) del perfil de salud</translation>
    </message>
    <message>
        <source>the water goal of %Ln day(s)</source>
        <translation type="vanished">el objetivo de agua de %Ln día(s)</translation>
    </message>
    <message>
        <source>%Ln record(s) of “%1”</source>
        <translation type="vanished">%Ln registro(s) de “%1”</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="+67"/>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <source>…and %Ln more problem(s).</source>
        <translation type="vanished">…y %Ln problema(s) más.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not open the folder %1.</source>
        <translation>No se pudo abrir la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>YourDataWindow</name>
    <message>
        <location filename="../../spasm_desktop/ui/record/your_data.py" line="+63"/>
        <location line="+2"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Your data sections</source>
        <translation>Secciones de sus datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Close</source>
        <translation>Cerr&amp;ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;int a bedside sheet…</source>
        <translation>&amp;Imprimir una hoja para la mesita de noche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a bedside sheet to print</source>
        <translation>Guardar una hoja para la mesita de noche, para imprimirla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two weeks on one page, in large print, to write your nights on</source>
        <translation>Dos semanas en una página, con letra grande, para anotar sus noches</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>bedside-sheet.pdf</source>
        <translation>hoja-mesita-de-noche.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the bedside sheet</source>
        <translation>Guardar la hoja para la mesita de noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the bedside sheet: %1</source>
        <translation>No se pudo guardar la hoja para la mesita de noche: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the bedside sheet as %1. Print it and keep it by your bed.</source>
        <translation>Hoja para la mesita de noche guardada como %1. Imprímala y téngala junto a la cama.</translation>
    </message>
</context>
<context>
    <name>_DayEditor</name>
    <message>
        <location filename="../../spasm_desktop/ui/setup/settings_hours.py" line="-140"/>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a day off</source>
        <translation>%1 es un día libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add hours</source>
        <translation>Añadir horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add more hours on %1</source>
        <translation>Añadir más horas el %1</translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <location line="-37"/>
        <source>%1: reminders from</source>
        <translation>%1: recordatorios desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: until</source>
        <translation>%1: hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these hours on %1</source>
        <translation>Quitar estas horas el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <comment>between two times</comment>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../spasm_desktop/cli.py" line="+333"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Moverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>off</source>
        <comment>a reminder that is switched off</comment>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting: not detected here (the move reminder counts clock time)</source>
        <translation>Sentado: no se detecta aquí (el recordatorio para moverse cuenta el tiempo del reloj)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting for %1 min (%2 min today)</source>
        <translation>Sentado desde hace %1 min (%2 min hoy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not disturb is on</source>
        <translation>«No molestar» está activado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back until you are free: %1</source>
        <translation>Retenidos hasta que esté libre: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the app is not running: these times apply once it starts)</source>
        <translation>(la aplicación no está abierta: estas horas valen cuando se inicie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the app is running but did not answer in time, as it may be busy: this was read from your records)</source>
        <translation>(la aplicación está abierta pero no respondió a tiempo, puede estar ocupada: esto se leyó de sus registros)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Water today: %1 ml logged; your fluid limit is %2 ml (log only)</source>
        <translation>Agua de hoy: %1 ml anotados; su límite de líquidos es %2 ml (solo se anota)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation>Ha llegado al límite que su profesional sanitario fijó para hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation>Está cerca del límite que su profesional sanitario fijó para hoy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Water today: %1 ml (no daily goal set)</source>
        <translation>Agua de hoy: %1 ml (sin objetivo diario)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Water today: %1 of %2 ml</source>
        <translation>Agua de hoy: %1 de %2 ml</translation>
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
        <translation>Registrado: %1. Lo retiene la aplicación en marcha; se guardará cuando la base de datos esté libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Logged %1.</source>
        <comment>a drink</comment>
        <translation>Registrado: %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Logged %1 (Spasm Desktop was busy; it will not log it a second time).</source>
        <translation>Registrado: %1 (Spasm Desktop estaba ocupado; no lo registrará una segunda vez).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spasm Desktop is busy and the records are locked: your drink of %1 is held by the running app; it will be saved when the database is free.</source>
        <translation>Spasm Desktop está ocupado y los registros están bloqueados: la aplicación en marcha retiene su bebida de %1; se guardará cuando la base de datos esté libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: could not write to the records database; nothing was saved</source>
        <translation>error: no se pudo escribir en la base de datos de registros; no se guardó nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/data_commands.py" line="+194"/>
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n calambre</numerusform>
            <numerusform>%n calambres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the report of %1 to %2 (%3, %4) to %5.</source>
        <comment>%3 the cramps, %4 the pages</comment>
        <translation>Se escribió el informe del %1 al %2 (%3, %4) en %5.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>drinks</source>
        <translation>bebidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation>calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation>pausas de estar sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation>rutinas de estiramientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation>perfil de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation>objetivos de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation>respuestas al control de la mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation>temporizadores de recordatorios</translation>
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
        <translation>error: %1 no es una copia de seguridad que se pueda importar:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  ... and %n more problem(s)</source>
        <translation>
            <numerusform>  ... y %n problema más</numerusform>
            <numerusform>  ... y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+109"/>
        <location line="+77"/>
        <source>error: cannot read the records: %1</source>
        <translation>error: no se pueden leer los registros: %1</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>error: --from is after --to</source>
        <translation>error: --from es posterior a --to</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n registro a %1.</numerusform>
            <numerusform>Se exportaron %n registros a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: cannot write %1: %2</source>
        <translation>error: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write into %1: it is not a folder</source>
        <translation>no se puede escribir en %1: no es una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: it is a folder</source>
        <translation>no se puede escribir %1: es una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; add --force to overwrite</source>
        <translation>%1 ya existe; añada --force para sobrescribirlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has CSV files; add --force to overwrite</source>
        <translation>%1 ya tiene archivos CSV; añada --force para sobrescribirlos</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>error: Spasm Desktop is running, so its settings are not changed from here: quit it first, or restore in the app (My record → Your data → Restore)</source>
        <translation>error: Spasm Desktop está en marcha, así que sus ajustes no se cambian desde aquí: ciérrelo primero o restaure en la aplicación (Mi registro → Sus datos → Restaurar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This installation still has its first settings: add --settings to take the backup&apos;s settings too. Without it, your settings are kept.</source>
        <translation>Esta instalación aún tiene sus primeros ajustes: añada --settings para tomar también los ajustes de la copia. Sin esa opción, se mantienen sus ajustes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s settings differ from yours; your settings are kept.</source>
        <translation>Los ajustes de la copia son distintos de los suyos; se mantienen sus ajustes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add: everything in the backup is already here.</source>
        <translation>Nada que añadir: todo lo de la copia ya está aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This will add %n record(s):</source>
        <translation>
            <numerusform>Se añadirá %n registro:</numerusform>
            <numerusform>Se añadirán %n registros:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This will also take the backup&apos;s settings.</source>
        <translation>También se tomarán los ajustes de la copia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error: could not add the records (nothing changed): %1</source>
        <translation>error: no se pudieron añadir los registros (no cambió nada): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n record(s).</source>
        <translation>
            <numerusform>Se añadió %n registro.</numerusform>
            <numerusform>Se añadieron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: not a terminal, so not asking; add --yes to import</source>
        <translation>error: no es una terminal, así que no se pregunta; añada --yes para importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <comment>the short answer yes, as in [y/N]</comment>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <comment>the answer yes to a question on the command line</comment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these records? [%1/N] </source>
        <translation>¿Añadir estos registros? [%1/N] </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the settings? [%1/N] </source>
        <translation>¿Tomar los ajustes? [%1/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: could not write the settings: %1</source>
        <translation>error: no se pudieron escribir los ajustes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took the backup&apos;s settings (%1).</source>
        <translation>Se tomaron los ajustes de la copia (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They start Spasm Desktop at login: to have that on this computer too, open Settings in the app and save them once.</source>
        <translation>Esos ajustes inician Spasm Desktop al iniciar sesión: para que también ocurra en este equipo, abra Ajustes en la aplicación y guárdelos una vez.</translation>
    </message>
</context>
<context>
    <name>data:exercises/ankle-pumps.json</name>
    <message>
        <location filename="../../scripts/i18n/data_texts.py" line="+9"/>
        <source>Ankle pumps</source>
        <extracomment>name</extracomment>
        <translation>Bombeo de tobillos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation>pantorrillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shins</source>
        <extracomment>muscles[1]</extracomment>
        <translation>espinillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair with your legs a little out in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese en una silla con las piernas un poco estiradas hacia delante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point your feet down, then pull them up toward you, again and again, at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Apunte los pies hacia abajo y luego tire de ellos hacia usted, una y otra vez, a un ritmo tranquilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your feet on the floor.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Apoye los pies en el suelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
</context>
<context>
    <name>data:exercises/calf-raises.json</name>
    <message>
        <location line="+2"/>
        <source>Calf raises</source>
        <extracomment>name</extracomment>
        <translation>Elevaciones de talones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calves</source>
        <extracomment>muscles[0]</extracomment>
        <translation>pantorrillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall or a heavy desk, feet flat, and rest both hands on it.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Póngase de pie frente a una pared o un escritorio pesado, con los pies planos, y apoye las dos manos en él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rise slowly onto your toes, then lower your heels slowly. Keep going at an easy pace.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Suba despacio sobre las puntas de los pies y luego baje los talones despacio. Siga a un ritmo tranquilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand on flat feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Quédese de pie con los pies planos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Agárrese a algo fijo: una pared, el armazón de la cama o una mesa pesada. Nunca a una silla con ruedas.</translation>
    </message>
</context>
<context>
    <name>data:exercises/chair-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch on a chair</source>
        <extracomment>name</extracomment>
        <translation>Isquiotibiales en una silla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte de atrás del muslo (isquiotibiales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit near the front edge of a chair that cannot roll.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese cerca del borde delantero de una silla que no pueda rodar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the stretching leg out straight, heel on the floor and toes up; keep the other foot flat.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Estire recta hacia delante la pierna que va a estirar, con el talón en el suelo y los dedos hacia arriba; mantenga el otro pie plano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back until the back of the straight thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Inclínese hacia delante desde las caderas con la espalda recta hasta que se estire la parte de atrás del muslo de la pierna recta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Siéntese erguido y relájese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a chair without wheels, so it cannot roll away.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Use una silla sin ruedas, para que no pueda deslizarse.</translation>
    </message>
</context>
<context>
    <name>data:exercises/childs-pose.json</name>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose</source>
        <extracomment>name</extracomment>
        <translation>Postura del niño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte baja de la espalda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a mat or the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Arrodíllese sobre una esterilla o en la cama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit back toward your heels and reach your arms forward along the floor.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Siéntese hacia atrás sobre los talones y estire los brazos hacia delante por el suelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your back round gently and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Deje que la espalda se curve suavemente y respire despacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back up to kneeling, slowly.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Vuelva despacio a quedar de rodillas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
</context>
<context>
    <name>data:exercises/hand-press.json</name>
    <message>
        <location line="+2"/>
        <source>Hand and finger stretch</source>
        <extracomment>name</extracomment>
        <translation>Estirar manos y dedos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>palm and fingers</source>
        <extracomment>muscles[0]</extracomment>
        <translation>palma y dedos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forearm</source>
        <extracomment>muscles[1]</extracomment>
        <translation>antebrazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or stand at a table, or stand at a wall. Stop what you are doing with the hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese o póngase de pie ante una mesa, o de pie ante una pared. Deje de hacer lo que esté haciendo con la mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the hand and spread the fingers.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Abra la mano y separe los dedos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the palm and fingers flat against a table or a wall until you feel a gentle stretch.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Apriete la palma y los dedos planos contra una mesa o una pared hasta notar un estiramiento suave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the hand and shake it loose.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Levante la mano y sacúdala para soltarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
</context>
<context>
    <name>data:exercises/hip-flexor.json</name>
    <message>
        <location line="+2"/>
        <source>Kneeling hip stretch</source>
        <extracomment>name</extracomment>
        <translation>Cadera, de rodillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the hip (hip flexors)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte delantera de la cadera (flexores de la cadera)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel on a cushion on the stretching side, with the other foot flat on the floor in front and that knee bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Arrodíllese sobre un cojín con la rodilla del lado que va a estirar, con el otro pie plano en el suelo delante y esa rodilla doblada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your body upright and tuck your pelvis under.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Mantenga el cuerpo erguido y meta la pelvis hacia dentro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift your weight gently forward until the front of the hip stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Lleve el peso suavemente hacia delante hasta que se estire la parte delantera de la cadera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift back and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Vuelva hacia atrás y relájese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If kneeling hurts, do it as a standing lunge, holding on to a wall or a heavy table.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Si le duele arrodillarse, hágalo como una zancada de pie, agarrado a una pared o a una mesa pesada.</translation>
    </message>
</context>
<context>
    <name>data:exercises/knees-to-chest.json</name>
    <message>
        <location line="+2"/>
        <source>Knees to chest</source>
        <extracomment>name</extracomment>
        <translation>Rodillas al pecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower back</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte baja de la espalda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buttocks</source>
        <extracomment>muscles[1]</extracomment>
        <translation>glúteos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back on a mat or the bed, knees bent.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Túmbese boca arriba sobre una esterilla o en la cama, con las rodillas dobladas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hug both knees gently toward your chest and breathe slowly.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Abrace suavemente las dos rodillas hacia el pecho y respire despacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower your feet back down.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Vuelva a bajar los pies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
</context>
<context>
    <name>data:exercises/lying-lengthen.json</name>
    <message>
        <location line="+2"/>
        <source>Lying full-body lengthen</source>
        <extracomment>name</extracomment>
        <translation>Cuerpo entero, tumbado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belly</source>
        <extracomment>muscles[0]</extracomment>
        <translation>vientre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back with your legs straight.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Túmbese boca arriba con las piernas rectas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your arms overhead.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Lleve los brazos por encima de la cabeza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach long through your fingers and toes, breathing slowly and deeply.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Estírese a lo largo, hacia la punta de los dedos de las manos y de los pies, respirando despacio y profundamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go and rest your arms by your sides.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Suelte y deje descansar los brazos a los lados del cuerpo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
</context>
<context>
    <name>data:exercises/neck-side-tilt.json</name>
    <message>
        <location line="+2"/>
        <source>Neck side stretch</source>
        <extracomment>name</extracomment>
        <translation>Cuello, de lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side of the neck</source>
        <extracomment>muscles[0]</extracomment>
        <translation>lado del cuello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders drop and relax.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese erguido y deje caer y relajar los hombros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt your head so the ear moves toward the opposite shoulder, until you feel a mild pull along the side of the neck. Don&apos;t force it.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Incline la cabeza de modo que la oreja se acerque al hombro contrario, hasta notar un tirón leve a lo largo del lado del cuello. No fuerce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring your head back to the middle.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Vuelva a poner la cabeza en el centro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in the arm.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si el movimiento le causa un dolor agudo u hormigueo en el brazo.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Seated foot and toe stretch</source>
        <extracomment>name</extracomment>
        <translation>Pie y dedos, sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sole of the foot (arch)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>planta del pie (arco)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toes</source>
        <extracomment>muscles[1]</extracomment>
        <translation>dedos del pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on a chair or the edge of the bed.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese en una silla o en el borde de la cama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross the stretching foot over the opposite knee.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Cruce el pie que va a estirar sobre la rodilla contraria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes back toward the shin with your hand until the arch stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Con la mano, tire de los dedos del pie hacia la espinilla hasta que se estire el arco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the toes and relax the foot.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Suelte los dedos y relaje el pie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Un estiramiento opcional para estar cómodo: no hay ningún ensayo específico sobre calambres para él.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Seated hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation>Isquiotibiales, sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte de atrás del muslo (isquiotibiales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese en la cama o en el suelo con la pierna que va a estirar recta delante de usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the other knee and rest that foot against the inside of the straight leg.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Doble la otra rodilla y apoye ese pie contra la cara interna de la pierna recta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips with a long back, reaching toward your ankle, until the back of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Inclínese hacia delante desde las caderas con la espalda recta, llevando las manos hacia el tobillo, hasta que se estire la parte de atrás del muslo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit up tall and relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Siéntese erguido y relájese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Muévase despacio, sin rebotes.</translation>
    </message>
</context>
<context>
    <name>data:exercises/seated-towel-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Seated towel calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Pantorrilla con toalla, sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf</source>
        <extracomment>muscles[0]</extracomment>
        <translation>pantorrilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit on the bed or the floor with the stretching leg straight in front of you.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Siéntese en la cama o en el suelo con la pierna que va a estirar recta delante de usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop a towel, strap or sheet around the ball of the foot and hold both ends.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Pase una toalla, una cinta o una sábana alrededor de la parte delantera de la planta del pie y sujete los dos extremos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gently draw your toes toward you with the towel until the calf stretches firmly. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Con la toalla, tire suavemente de los dedos del pie hacia usted hasta que la pantorrilla se estire con firmeza. Siga respirando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ease off the towel and let the foot relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Afloje la toalla y deje que el pie se relaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Muévase despacio, sin rebotes.</translation>
    </message>
</context>
<context>
    <name>data:exercises/side-lying-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Side-lying thigh stretch</source>
        <extracomment>name</extracomment>
        <translation>Muslo, tumbado de lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte delantera del muslo (cuádriceps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your side on the bed or a mat, the stretching leg on top.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Túmbese de lado en la cama o en una esterilla, con la pierna que va a estirar encima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest your head on your lower arm. Keep the lower leg straight or a little bent.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Apoye la cabeza en el brazo de abajo. Mantenga la pierna de abajo recta o un poco doblada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the top knee and hold that ankle with your top hand. Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Doble la rodilla de arriba y sujete ese tobillo con la mano de arriba. Lleve el talón hacia el glúteo, con las rodillas juntas, hasta que se estire la parte delantera del muslo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let go of the ankle slowly and straighten the leg.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Suelte el tobillo despacio y estire la pierna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Muévase despacio, sin rebotes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach your ankle? Stop where you feel a gentle stretch.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>¿No llega al tobillo? Pare donde note un estiramiento suave.</translation>
    </message>
</context>
<context>
    <name>data:exercises/soleus-wall.json</name>
    <message>
        <location line="+2"/>
        <source>Bent-knee wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Pantorrilla baja en la pared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower calf (soleus)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte baja de la pantorrilla (sóleo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achilles area</source>
        <extracomment>muscles[1]</extracomment>
        <translation>zona del tendón de Aquiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall with your palms on it, as for the wall calf stretch.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Póngase de pie frente a una pared con las palmas apoyadas en ella, como en el estiramiento de pantorrilla en la pared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back and keep its heel down.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Lleve hacia atrás la pierna que va a estirar y mantenga el talón en el suelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the back knee slightly, heel still down, until you feel the stretch low in the calf.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Doble ligeramente la rodilla de atrás, con el talón todavía en el suelo, hasta notar el estiramiento en la parte baja de la pantorrilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Straighten up and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Enderécese y deje que la pantorrilla se relaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Muévase despacio, sin rebotes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optional comfort stretch: there is no cramp-specific trial for it.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Un estiramiento opcional para estar cómodo: no hay ningún ensayo específico sobre calambres para él.</translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Standing hamstring stretch</source>
        <extracomment>name</extracomment>
        <translation>Isquiotibiales, de pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back of the thigh (hamstrings)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte de atrás del muslo (isquiotibiales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand in front of a low step or a sturdy low stool.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Póngase de pie delante de un escalón bajo o de un taburete bajo y firme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest the heel of the stretching leg on it, knee straight, toes pointing up.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Apoye en él el talón de la pierna que va a estirar, con la rodilla recta y los dedos hacia arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the standing knee soft and your back long.</source>
        <extracomment>steps[2]</extracomment>
        <translation>Mantenga la rodilla de apoyo sin bloquear y la espalda recta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hinge forward from the hips with a straight back until you feel a moderate stretch behind the thigh.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Inclínese hacia delante desde las caderas con la espalda recta hasta notar un estiramiento moderado detrás del muslo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand up tall and let the leg relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Póngase erguido y deje que la pierna se relaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Agárrese a algo fijo: una pared, el armazón de la cama o una mesa pesada. Nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Muévase despacio, sin rebotes.</translation>
    </message>
</context>
<context>
    <name>data:exercises/standing-quad.json</name>
    <message>
        <location line="+2"/>
        <source>Standing thigh stretch</source>
        <extracomment>name</extracomment>
        <translation>Muslo, de pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>front of the thigh (quadriceps)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>parte delantera del muslo (cuádriceps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand tall beside a wall or a heavy table and hold on to it with one hand.</source>
        <extracomment>steps[0]</extracomment>
        <translation>Póngase de pie, erguido, junto a una pared o una mesa pesada y agárrese a ella con una mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the stretching knee and take hold of that ankle with the other hand.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Doble la rodilla que va a estirar y sujete ese tobillo con la otra mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward your buttock, knees together, until the front of the thigh stretches.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Lleve el talón hacia el glúteo, con las rodillas juntas, hasta que se estire la parte delantera del muslo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the foot down slowly and stand on both feet.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Baje el pie despacio y apóyese sobre los dos pies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed: a wall, a bed frame or a heavy table. Never a chair on wheels.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Agárrese a algo fijo: una pared, el armazón de la cama o una mesa pesada. Nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If balance or your knees make this hard, do it lying on your side instead.</source>
        <extracomment>cautions[2]</extracomment>
        <translation>Si el equilibrio o las rodillas se lo ponen difícil, hágalo tumbado de lado.</translation>
    </message>
</context>
<context>
    <name>data:exercises/wall-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Standing wall calf stretch</source>
        <extracomment>name</extracomment>
        <translation>Pantorrilla en la pared, de pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calf (gastrocnemius)</source>
        <extracomment>muscles[0]</extracomment>
        <translation>pantorrilla (gemelos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand facing a wall, about an arm&apos;s length away.</source>
        <extracomment>steps[0]</extracomment>
        <translation>De pie frente a una pared, a un brazo de distancia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put your palms on the wall at chest height, elbows straight.</source>
        <extracomment>steps[1]</extracomment>
        <translation>Palmas en la pared a la altura del pecho, codos rectos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step the stretching leg back. Keep its knee straight and its heel on the floor; bend the front knee.</source>
        <extracomment>steps[2]</extracomment>
        <translation>Lleve atrás la pierna que va a estirar, con la rodilla recta y el talón en el suelo; doble la rodilla de delante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean toward the wall until you feel a firm, moderate stretch in the back calf. Keep breathing.</source>
        <extracomment>hold_cue</extracomment>
        <translation>Inclínese hacia la pared hasta notar un estiramiento firme y moderado en la pantorrilla de atrás. Siga respirando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back upright and let the calf relax.</source>
        <extracomment>relax_cue</extracomment>
        <translation>Vuelva a ponerse erguido y deje que la pantorrilla se relaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>cautions[0]</extracomment>
        <translation>Pare si nota dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move slowly and don&apos;t bounce.</source>
        <extracomment>cautions[1]</extracomment>
        <translation>Muévase despacio, sin rebotes.</translation>
    </message>
</context>
<context>
    <name>data:learn/learn.json</name>
    <message>
        <location line="+2"/>
        <source>What is a cramp?</source>
        <extracomment>sections.what-is-a-cramp.title</extracomment>
        <translation>¿Qué es un calambre?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp (or spasm) is a muscle that suddenly tightens on its own and can&apos;t relax. It can take in part of a muscle, a whole muscle or a group of muscles, anywhere in the body.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[0].text</extracomment>
        <translation>Un calambre (o espasmo) es un músculo que se contrae de repente por sí solo y no puede relajarse. Puede afectar a parte de un músculo, a un músculo entero o a un grupo de músculos, en cualquier parte del cuerpo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps aren&apos;t serious, but they can hurt a lot, and night cramps can spoil your sleep.</source>
        <extracomment>sections.what-is-a-cramp.paragraphs[1].text</extracomment>
        <translation>La mayoría de los calambres no son graves, pero pueden doler mucho, y los calambres nocturnos pueden estropearle el sueño.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most often in the thighs, calves, feet, hands, arms and belly. A calf cramp is often called a charley horse; one that comes at rest or in sleep is a night (nocturnal) leg cramp.</source>
        <extracomment>sections.what-is-a-cramp.bullets[0].text</extracomment>
        <translation>Son más frecuentes en los muslos, las pantorrillas, los pies, las manos, los brazos y el vientre. Un calambre en la pantorrilla se llama a menudo «tirón»; uno que aparece en reposo o durante el sueño es un calambre nocturno de pierna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can feel like anything from a mild twitch to severe pain. The muscle may feel hard or look knotted.</source>
        <extracomment>sections.what-is-a-cramp.bullets[1].text</extracomment>
        <translation>Puede sentirse desde como una leve contracción hasta como un dolor intenso. El músculo puede notarse duro o parecer anudado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long: usually from a few seconds to about 10 minutes. Some last 15 minutes or longer, and a cramp may come back a few times before it goes.</source>
        <extracomment>sections.what-is-a-cramp.bullets[2].text</extracomment>
        <translation>Cuánto dura: normalmente desde unos segundos hasta unos 10 minutos. Algunos duran 15 minutos o más, y un calambre puede volver varias veces antes de irse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>sections.what-is-a-cramp.bullets[3].text</extracomment>
        <translation>El músculo puede seguir dolorido hasta 24 horas.</translation>
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
        <translation>¿Quién los tiene?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone, at any age, whether active or not. Cramps can come while you walk, sit, exercise or sleep.</source>
        <extracomment>sections.who-gets-them.paragraphs[0].text</extracomment>
        <translation>Cualquier persona, a cualquier edad, sea activa o no. Los calambres pueden aparecer al caminar, estar sentado, hacer ejercicio o dormir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are more common in athletes, infants, pregnant people, people over 65 and people with obesity.</source>
        <extracomment>sections.who-gets-them.bullets[0].text</extracomment>
        <translation>Son más frecuentes en deportistas, bebés, personas embarazadas, personas de más de 65 años y personas con obesidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some people get them often, with almost any kind of effort.</source>
        <extracomment>sections.who-gets-them.bullets[1].text</extracomment>
        <translation>Algunas personas los tienen a menudo, casi con cualquier tipo de esfuerzo.</translation>
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
        <translation>Causas frecuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These can make cramps more likely:</source>
        <extracomment>sections.causes.paragraphs[0].text</extracomment>
        <translation>Estas cosas pueden hacer más probables los calambres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for a long time, or sitting in an awkward position.</source>
        <extracomment>sections.causes.bullets[0].text</extracomment>
        <translation>Estar sentado mucho tiempo, o sentado en una postura incómoda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing for a long time, for example on a concrete floor.</source>
        <extracomment>sections.causes.bullets[1].text</extracomment>
        <translation>Estar de pie mucho tiempo, por ejemplo sobre un suelo de hormigón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard or long exercise that tires the muscles, above all in great heat.</source>
        <extracomment>sections.causes.bullets[2].text</extracomment>
        <translation>El ejercicio intenso o largo que cansa los músculos, sobre todo con mucho calor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dehydration: the body losing a lot of water, for example through heavy sweating, vomiting or diarrhea, or from water pills (diuretics).</source>
        <extracomment>sections.causes.bullets[3].text</extracomment>
        <translation>La deshidratación: que el cuerpo pierda mucha agua, por ejemplo por sudar mucho, vómitos o diarrea, o por pastillas para orinar (diuréticos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An imbalance of the body&apos;s salts and minerals (electrolytes), such as too little sodium in the blood.</source>
        <extracomment>sections.causes.bullets[4].text</extracomment>
        <translation>Un desequilibrio de las sales y minerales del cuerpo (electrolitos), como tener muy poco sodio en la sangre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines, such as statins and some diuretics. In a large study, more people needed cramp treatment after starting some long-acting inhalers (LABAs) or some diuretics.</source>
        <extracomment>sections.causes.bullets[5].text</extracomment>
        <translation>Algunos medicamentos, como las estatinas y algunos diuréticos. En un estudio grande, más personas necesitaron tratamiento para los calambres después de empezar algunos inhaladores de acción prolongada (LABA) o algunos diuréticos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less often, another health problem, such as a nerve condition or poor circulation.</source>
        <extracomment>sections.causes.bullets[6].text</extracomment>
        <translation>Con menos frecuencia, otro problema de salud, como una enfermedad de los nervios o una mala circulación.</translation>
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
        <translation>Líquidos y minerales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a clinician set you a fluid limit? Follow their advice on how much to drink. It comes before anything on this page.</source>
        <extracomment>sections.fluids-and-minerals.cautions[0].text</extracomment>
        <translation>¿Le ha fijado un profesional sanitario un límite de líquidos? Siga sus indicaciones sobre cuánto beber. Van por delante de todo lo que dice esta página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losing a lot of water (dehydration) makes cramps more likely. So can an imbalance of the body&apos;s salts and minerals, called electrolytes.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[0].text</extracomment>
        <translation>Perder mucha agua (deshidratación) hace más probables los calambres. También un desequilibrio de las sales y minerales del cuerpo, llamados electrolitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after a big loss of fluid, and cramps all over the body, are on the list of warning signs further down this page.</source>
        <extracomment>sections.fluids-and-minerals.paragraphs[1].text</extracomment>
        <translation>Los calambres después de una gran pérdida de líquidos y los calambres en todo el cuerpo están en la lista de señales de alarma, más abajo en esta página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating, for example in the heat, a sports drink or a regular meal may help replace the salt you lost. Salt tablets are not advised.</source>
        <extracomment>sections.fluids-and-minerals.bullets[0].text</extracomment>
        <translation>Después de sudar mucho durante mucho tiempo, por ejemplo con calor, una bebida deportiva o una comida normal pueden ayudar a reponer la sal perdida. No se aconsejan las pastillas de sal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking far too much water is harmful too. It can water down the sodium in your blood (hyponatremia). Signs include nausea, headache, confusion, tiredness, and muscle weakness, cramps or spasms.</source>
        <extracomment>sections.fluids-and-minerals.bullets[1].text</extracomment>
        <translation>Beber demasiada agua también es perjudicial. Puede diluir el sodio de la sangre (hiponatremia). Las señales incluyen náuseas, dolor de cabeza, confusión, cansancio y debilidad, calambres o espasmos musculares.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom. The water reminders stay quiet in those 2 hours; you can change this in Settings.</source>
        <extracomment>sections.fluids-and-minerals.bullets[2].text</extracomment>
        <translation>Beber menos en las 2 últimas horas antes de acostarse puede ayudar a reducir las idas al baño por la noche. Los recordatorios de agua no suenan en esas 2 horas; puede cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merck Manual; Cleveland Clinic; Mayo Clinic; CDC; Sleep Foundation; UpToDate patient handout</source>
        <extracomment>sections.fluids-and-minerals.source_note</extracomment>
        <translation>Merck Manual; Cleveland Clinic; Mayo Clinic; CDC; Sleep Foundation; UpToDate (folleto para pacientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tired muscles and stretching</source>
        <extracomment>sections.tired-muscles.title</extracomment>
        <translation>Músculos cansados y estiramientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscles that work hard or for a long time can cramp, during exercise or afterwards. Great heat makes this more likely.</source>
        <extracomment>sections.tired-muscles.paragraphs[0].text</extracomment>
        <translation>Los músculos que trabajan mucho o durante mucho tiempo pueden tener calambres, durante el ejercicio o después. El calor intenso lo hace más probable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a cramp starts while you are active, stop what you are doing. Then stretch the muscle gently and massage it.</source>
        <extracomment>sections.tired-muscles.bullets[0].text</extracomment>
        <translation>Si un calambre empieza mientras está activo, deje lo que esté haciendo. Después estire el músculo con suavidad y dele un masaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your fitness step by step, not all at once.</source>
        <extracomment>sections.tired-muscles.bullets[1].text</extracomment>
        <translation>Mejore su forma física poco a poco, no de golpe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>sections.tired-muscles.bullets[2].text</extracomment>
        <translation>Estirar con regularidad puede ayudar a reducir los calambres, aunque quizá no los evite del todo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day works best.</source>
        <extracomment>sections.tired-muscles.bullets[3].text</extracomment>
        <translation>Estirar dos o tres días por semana mejora la flexibilidad, y estirar todos los días es lo que mejor funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>sections.tired-muscles.bullets[4].text</extracomment>
        <translation>Estire hasta notar una tensión firme y moderada, nunca hasta sentir un dolor agudo, y siga respirando mientras mantiene el estiramiento.</translation>
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
        <translation>Cuando hay otra enfermedad detrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. Less often, they come from another health problem. This app can&apos;t tell the difference. If you are worried, contact a healthcare provider.</source>
        <extracomment>sections.other-conditions.paragraphs[0].text</extracomment>
        <translation>La mayoría de los calambres no son graves. Con menos frecuencia, se deben a otro problema de salud. Esta aplicación no puede distinguirlo. Si está preocupado, consulte a un profesional sanitario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps all over the body can come from an electrolyte imbalance or from a serious condition such as atherosclerosis (hardened arteries), thyroid disease or multiple sclerosis (MS).</source>
        <extracomment>sections.other-conditions.bullets[0].text</extracomment>
        <translation>Los calambres en todo el cuerpo pueden deberse a un desequilibrio de electrolitos o a una enfermedad grave como la aterosclerosis (endurecimiento de las arterias), una enfermedad de la tiroides o la esclerosis múltiple (EM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems with the nerves or with blood flow in the legs can also cause cramps.</source>
        <extracomment>sections.other-conditions.bullets[1].text</extracomment>
        <translation>Los problemas de los nervios o de la circulación de la sangre en las piernas también pueden causar calambres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tingling, numbness or a crawling feeling may point to something else, such as restless legs syndrome or nerve damage (neuropathy).</source>
        <extracomment>sections.other-conditions.bullets[2].text</extracomment>
        <translation>El hormigueo, el entumecimiento o una sensación de algo que se arrastra por la piel pueden indicar otra cosa, como el síndrome de piernas inquietas o un daño en los nervios (neuropatía).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doctors tell night leg cramps apart from restless legs, poor blood flow in the legs, muscle inflammation and nerve damage, mostly by asking questions and examining you.</source>
        <extracomment>sections.other-conditions.bullets[3].text</extracomment>
        <translation>Los médicos distinguen los calambres nocturnos de pierna de las piernas inquietas, la mala circulación en las piernas, la inflamación muscular y el daño en los nervios, sobre todo haciéndole preguntas y explorándole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell your provider if you have diabetes, or thyroid, kidney, liver or blood vessel disease. You can note it in your health profile.</source>
        <extracomment>sections.other-conditions.bullets[4].text</extracomment>
        <translation>Dígale a su médico si tiene diabetes o una enfermedad de la tiroides, del riñón, del hígado o de los vasos sanguíneos. Puede anotarlo en su perfil de salud.</translation>
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
        <translation>Cómo reducir el riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These steps may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.lower-your-risk.paragraphs[0].text</extracomment>
        <translation>Estos pasos pueden ayudar a reducir la probabilidad de tener calambres, pero ninguno garantiza evitarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a study of adults over 55, stretching the calves and the backs of the thighs every night just before bed for 6 weeks led to fewer and less painful night cramps. Another study, of calf stretches alone, found no benefit, so results vary. Gentle stretching is generally low-risk and may be worth trying.</source>
        <extracomment>sections.lower-your-risk.paragraphs[1].text</extracomment>
        <translation>En un estudio con adultos de más de 55 años, estirar las pantorrillas y la parte de atrás de los muslos cada noche justo antes de acostarse durante 6 semanas llevó a calambres nocturnos menos frecuentes y menos dolorosos. Otro estudio, solo de la pantorrilla, no halló beneficio, así que los resultados varían. Estirar con suavidad suele tener poco riesgo y puede valer la pena probarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch your calves and the backs of your thighs every day, especially just before bed.</source>
        <extracomment>sections.lower-your-risk.checklist.stretch.text</extracomment>
        <translation>Estire las pantorrillas y la parte de atrás de los muslos todos los días, sobre todo justo antes de acostarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build up your general fitness, step by step.</source>
        <extracomment>sections.lower-your-risk.checklist.fitness.text</extracomment>
        <translation>Mejore su forma física general, poco a poco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drink enough water through the day, unless a clinician has set you a fluid limit: then follow their advice.</source>
        <extracomment>sections.lower-your-risk.checklist.water.text</extracomment>
        <translation>Beba suficiente agua a lo largo del día, salvo que un profesional sanitario le haya fijado un límite de líquidos: en ese caso, siga sus indicaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avoid hard exercise in extreme heat.</source>
        <extracomment>sections.lower-your-risk.checklist.heat.text</extracomment>
        <translation>Evite el ejercicio intenso con calor extremo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wear shoes that fit well and suit what you are doing.</source>
        <extracomment>sections.lower-your-risk.checklist.shoes.text</extracomment>
        <translation>Lleve un calzado que le quede bien y que sea adecuado para lo que hace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you carry extra weight, ask your provider whether losing some could help.</source>
        <extracomment>sections.lower-your-risk.checklist.weight.text</extracomment>
        <translation>Si tiene sobrepeso, pregunte a su médico si perder algo de peso podría ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your doctor or pharmacist whether any of your medicines can cause cramps. Don&apos;t stop or change a medicine on your own.</source>
        <extracomment>sections.lower-your-risk.checklist.medicines.text</extracomment>
        <translation>Pregunte a su médico o farmacéutico si alguno de sus medicamentos puede causar calambres. No deje ni cambie un medicamento por su cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In bed: keep the sheets loose at the foot of the bed. On your back, prop your feet on pillows so your toes point up; on your front, let your feet hang over the end of the bed.</source>
        <extracomment>sections.lower-your-risk.checklist.sleep-position.text</extracomment>
        <translation>En la cama: deje las sábanas sueltas a los pies de la cama. Boca arriba, apoye los pies en almohadas para que los dedos apunten hacia arriba; boca abajo, deje que los pies cuelguen por el borde de la cama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleveland Clinic; NHS; Mayo Clinic; Hallegraeff 2012; Coppin 2005; Cochrane 2021; Garrison 2012; American Family Physician; UpToDate patient handout</source>
        <extracomment>sections.lower-your-risk.source_note</extracomment>
        <translation>Cleveland Clinic; NHS; Mayo Clinic; Hallegraeff 2012; Coppin 2005; Cochrane 2021; Garrison 2012; American Family Physician; UpToDate (folleto para pacientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching safely</source>
        <extracomment>sections.stretch-safely.title</extracomment>
        <translation>Estirar con seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent surgery, joint replacement or a new injury? Check with your clinician before stretching.</source>
        <extracomment>sections.stretch-safely.cautions[0].text</extracomment>
        <translation>¿Ha tenido una operación reciente, una prótesis de articulación o una lesión nueva? Consulte a su profesional sanitario antes de estirar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Check with your clinician first too. The review of stretching studies did not include pregnant people.</source>
        <extracomment>sections.stretch-safely.cautions[1].text</extracomment>
        <translation>¿Está embarazada? Consulte también primero a su profesional sanitario. La revisión de los estudios sobre estiramientos no incluyó a personas embarazadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch gently and slowly, without bouncing. Stop if you feel sharp pain, dizziness, numbness or tingling.</source>
        <extracomment>sections.stretch-safely.bullets[0].text</extracomment>
        <translation>Estire con suavidad y despacio, sin dar rebotes. Pare si siente un dolor agudo, mareo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For balance, hold on to something fixed, such as a wall, a bed frame or a heavy table. Never use a chair on wheels.</source>
        <extracomment>sections.stretch-safely.bullets[1].text</extracomment>
        <translation>Para mantener el equilibrio, agárrese a algo fijo, como una pared, el armazón de la cama o una mesa pesada. Nunca use una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If standing is hard or your balance is poor, use the seated versions of the stretches.</source>
        <extracomment>sections.stretch-safely.bullets[2].text</extracomment>
        <translation>Si le cuesta estar de pie o tiene poco equilibrio, use las versiones sentadas de los estiramientos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken by a cramp? Sit up first, then get up slowly before you stand on the cramping leg.</source>
        <extracomment>sections.stretch-safely.bullets[3].text</extracomment>
        <translation>¿Le ha despertado un calambre? Primero siéntese y luego levántese despacio antes de apoyarse en la pierna con el calambre.</translation>
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
        <translation>Calor o hielo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes, nerve damage or numb skin? No heat or hot soaks on skin that feels numb. Test water with your elbow or wrist, never your foot: lukewarm, never hot. Use heat or ice for about 10 minutes at most, and check your skin often.</source>
        <extracomment>sections.heat-and-ice.cautions[0].text</extracomment>
        <translation>¿Tiene diabetes, daño en los nervios o la piel entumecida? No aplique calor ni baños calientes en la piel que note entumecida. Compruebe la temperatura del agua con el codo o la muñeca, nunca con el pie: templada, nunca caliente. Use calor o hielo unos 10 minutos como máximo y revise la piel a menudo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warmth or cold may ease a cramp or the soreness after it. Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>sections.heat-and-ice.paragraphs[0].text</extracomment>
        <translation>El calor o el frío pueden aliviar un calambre o el dolor que deja después. El calor va bien para un músculo que sigue tenso. El frío va bien para uno que está dolorido o sensible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick ways: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a towel rubbed over the muscle.</source>
        <extracomment>sections.heat-and-ice.bullets[0].text</extracomment>
        <translation>Formas rápidas: una ducha caliente sobre el músculo durante unos 5 minutos, un baño caliente, o hielo envuelto en una toalla frotado sobre el músculo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise, use heat or ice for 15 to 20 minutes at a time, never more than 20 minutes.</source>
        <extracomment>sections.heat-and-ice.bullets[1].text</extracomment>
        <translation>Si no, use calor o hielo de 15 a 20 minutos cada vez, nunca más de 20 minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always put a cloth between your skin and the ice or heat. Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>sections.heat-and-ice.bullets[2].text</extracomment>
        <translation>Ponga siempre un paño entre la piel y el hielo o el calor. Nunca se duerma sobre una almohadilla térmica ni con una bolsa de hielo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t put heat on a fresh injury.</source>
        <extracomment>sections.heat-and-ice.bullets[3].text</extracomment>
        <translation>No aplique calor sobre una lesión reciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AAOS; Cleveland Clinic; Mayo Clinic; Barton Health; Diabetes Self-Management; NIDDK; UpToDate patient handout</source>
        <extracomment>sections.heat-and-ice.source_note</extracomment>
        <translation>AAOS; Cleveland Clinic; Mayo Clinic; Barton Health; Diabetes Self-Management; NIDDK; UpToDate (folleto para pacientes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicines and supplements</source>
        <extracomment>sections.medicines.title</extracomment>
        <translation>Medicamentos y suplementos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a medicine for cramps suits you is a decision for your doctor. Never start, stop or change a medicine on your own.</source>
        <extracomment>sections.medicines.paragraphs[0].text</extracomment>
        <translation>Si un medicamento para los calambres le conviene es una decisión de su médico. Nunca empiece, deje ni cambie un medicamento por su cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some medicines can make cramps more likely. If cramps started or got worse after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <extracomment>sections.medicines.bullets[0].text</extracomment>
        <translation>Algunos medicamentos pueden hacer más probables los calambres. Si los calambres empezaron o empeoraron después de un medicamento nuevo, lleve su diario y su lista de medicamentos a su médico o farmacéutico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quinine is not recommended for everyday cramps: it can have serious side effects. It is a decision for your doctor.</source>
        <extracomment>sections.medicines.bullets[1].text</extracomment>
        <translation>La quinina no se recomienda para los calambres habituales: puede tener efectos secundarios graves. Es una decisión de su médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Magnesium is unlikely to help typical night cramps in older adults. Ask your provider before you take a supplement for cramps.</source>
        <extracomment>sections.medicines.bullets[2].text</extracomment>
        <translation>Es poco probable que el magnesio ayude con los calambres nocturnos típicos de las personas mayores. Pregunte a su médico antes de tomar un suplemento para los calambres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain relievers such as ibuprofen or acetaminophen (paracetamol) may ease soreness after a cramp. They work too slowly to help during one.</source>
        <extracomment>sections.medicines.bullets[3].text</extracomment>
        <translation>Los analgésicos como el ibuprofeno o el paracetamol (acetaminofén) pueden aliviar el dolor después de un calambre. Actúan demasiado despacio para ayudar durante el calambre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs) are not for everyone. Ask a pharmacist or doctor first if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure, asthma that these medicines make worse, or take a blood thinner.</source>
        <extracomment>sections.medicines.bullets[4].text</extracomment>
        <translation>El ibuprofeno y los medicamentos parecidos (AINE) no son para todo el mundo. Pregunte antes a un farmacéutico o a un médico si tiene problemas de riñón, corazón o hígado, una úlcera de estómago, la tensión alta, asma que empeora con estos medicamentos, o si toma un anticoagulante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen unless a doctor prescribes it. Acetaminophen (paracetamol) is the usual choice. Ask your midwife, doctor or pharmacist first.</source>
        <extracomment>sections.medicines.bullets[5].text</extracomment>
        <translation>¿Está embarazada? No tome ibuprofeno salvo que se lo recete un médico. El paracetamol (acetaminofén) es la opción habitual. Pregunte antes a su matrona, a su médico o a su farmacéutico.</translation>
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
        <translation>Qué esperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most cramps are not serious. A cramp usually lasts from a few seconds to about 10 minutes.</source>
        <extracomment>sections.outlook.paragraphs[0].text</extracomment>
        <translation>La mayoría de los calambres no son graves. Un calambre suele durar desde unos segundos hasta unos 10 minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps are more common in people over 65.</source>
        <extracomment>sections.outlook.bullets[0].text</extracomment>
        <translation>Los calambres son más frecuentes en las personas de más de 65 años.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps under &quot;How to lower your risk&quot; may help lower your chance of cramps, but none is sure to stop them.</source>
        <extracomment>sections.outlook.bullets[1].text</extracomment>
        <translation>Los pasos de «Cómo reducir el riesgo» pueden ayudar a reducir la probabilidad de tener calambres, pero ninguno garantiza evitarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your cramp diary. It shows your provider how often cramps come, how long they last and how much they hurt.</source>
        <extracomment>sections.outlook.bullets[2].text</extracomment>
        <translation>Lleve su diario de calambres. Muestra a su médico con qué frecuencia aparecen los calambres, cuánto duran y cuánto duelen.</translation>
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
        <translation>Cuándo ir al servicio de urgencias</translation>
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
        <translation>Cuándo consultar a un médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If a sign below applies to you, contact a doctor or nurse as its heading says. Bring your cramp diary and a list of your medicines.</source>
        <extracomment>sections.see-a-provider.paragraphs[0].text</extracomment>
        <translation>Si le ocurre alguna de las señales de abajo, contacte con un médico o un enfermero como indica su encabezado. Lleve su diario de calambres y una lista de sus medicamentos.</translation>
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
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions you may want to ask at your visit. Copy or print them, together with the next list, and bring your cramp diary.</source>
        <extracomment>sections.questions-to-ask.paragraphs[0].text</extracomment>
        <translation>Preguntas que quizá quiera hacer en su consulta. Cópielas o imprímalas junto con la lista siguiente, y lleve su diario de calambres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could any of my medicines play a part? (Bring your medicine list.)</source>
        <extracomment>sections.questions-to-ask.bullets[0].text</extracomment>
        <translation>¿Podría influir alguno de mis medicamentos? (Lleve su lista de medicamentos.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I see a specialist?</source>
        <extracomment>sections.questions-to-ask.bullets[1].text</extracomment>
        <translation>¿Debería ver a un especialista?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could my cramps be a sign of a disease?</source>
        <extracomment>sections.questions-to-ask.bullets[2].text</extracomment>
        <translation>¿Podrían mis calambres ser señal de una enfermedad?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could what I feel be something other than a cramp?</source>
        <extracomment>sections.questions-to-ask.bullets[3].text</extracomment>
        <translation>¿Podría ser lo que siento algo distinto de un calambre?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is stretching before bed worth trying for me?</source>
        <extracomment>sections.questions-to-ask.bullets[4].text</extracomment>
        <translation>¿Vale la pena que pruebe a estirar antes de acostarme?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can you show me how to stretch safely?</source>
        <extracomment>sections.questions-to-ask.bullets[5].text</extracomment>
        <translation>¿Puede enseñarme a estirar con seguridad?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which massage techniques could help me?</source>
        <extracomment>sections.questions-to-ask.bullets[6].text</extracomment>
        <translation>¿Qué técnicas de masaje podrían ayudarme?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could a vitamin or mineral supplement help me?</source>
        <extracomment>sections.questions-to-ask.bullets[7].text</extracomment>
        <translation>¿Podría ayudarme un suplemento de vitaminas o minerales?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is there a prescription medicine that could help me, and what side effects can it have?</source>
        <extracomment>sections.questions-to-ask.bullets[8].text</extracomment>
        <translation>¿Hay algún medicamento con receta que pueda ayudarme, y qué efectos secundarios puede tener?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I limit how much I drink?</source>
        <extracomment>sections.questions-to-ask.bullets[9].text</extracomment>
        <translation>¿Debería limitar lo que bebo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I do about cramps in my child?</source>
        <extracomment>sections.questions-to-ask.bullets[10].text</extracomment>
        <translation>¿Qué debo hacer con los calambres de mi hijo o hija?</translation>
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
        <translation>Lo que puede preguntarle su médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A provider will usually ask about these. Your cramp diary can help you answer.</source>
        <extracomment>sections.provider-may-ask.paragraphs[0].text</extracomment>
        <translation>Un médico suele preguntar por estas cosas. Su diario de calambres puede ayudarle a responder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bad is the pain, from 0 (none) to 10 (worst)?</source>
        <extracomment>sections.provider-may-ask.bullets[0].text</extracomment>
        <translation>¿Cuánto le duele, de 0 (nada) a 10 (lo peor)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When do the cramps happen: at night, sitting, standing, during or after exercise?</source>
        <extracomment>sections.provider-may-ask.bullets[1].text</extracomment>
        <translation>¿Cuándo le dan los calambres: de noche, sentado, de pie, durante o después del ejercicio?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long do they last? Has any lasted more than 10 minutes?</source>
        <extracomment>sections.provider-may-ask.bullets[2].text</extracomment>
        <translation>¿Cuánto duran? ¿Alguno ha durado más de 10 minutos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do they feel like: a hard knot, twitching, pulling, tingling or numbness?</source>
        <extracomment>sections.provider-may-ask.bullets[3].text</extracomment>
        <translation>¿Cómo los nota: un nudo duro, contracciones, tirones, hormigueo o entumecimiento?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When did they start, and have they changed since?</source>
        <extracomment>sections.provider-may-ask.bullets[4].text</extracomment>
        <translation>¿Cuándo empezaron y han cambiado desde entonces?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do they wake you at night or leave you tired the next day?</source>
        <extracomment>sections.provider-may-ask.bullets[5].text</extracomment>
        <translation>¿Le despiertan por la noche o le dejan cansado al día siguiente?</translation>
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
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit or lie down and straighten your knee.</source>
        <extracomment>areas.calf.quick[0]</extracomment>
        <translation>Siéntese o túmbese y estire la rodilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes toward your face (a towel helps).</source>
        <extracomment>areas.calf.quick[1]</extracomment>
        <translation>Tire de los dedos hacia la cara (una toalla ayuda).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, then 20–30 seconds more.</source>
        <extracomment>areas.calf.quick[2]</extracomment>
        <translation>Mantenga hasta que se suelte, y 20–30 s más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then walk around, or massage the calf.</source>
        <extracomment>areas.calf.quick[3]</extracomment>
        <translation>Luego camine o masajee la pantorrilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting or lying (best at night): straighten your knee.</source>
        <extracomment>areas.calf.steps[0]</extracomment>
        <translation>Sentado o tumbado (lo mejor por la noche): estire la rodilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your foot and toes toward your face, with a towel or sheet looped around the ball of the foot.</source>
        <extracomment>areas.calf.steps[1]</extracomment>
        <translation>Tire del pie y de los dedos hacia la cara, con una toalla o una sábana pasada alrededor de la parte delantera de la planta del pie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you stand at night: sit up first, get up slowly, and hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.calf.steps[2]; areas.foot.steps[1]</extracomment>
        <translation>Antes de ponerse de pie por la noche: primero siéntese, levántese despacio y agárrese a algo fijo, nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: put your weight on the cramped leg and bend that knee a little.</source>
        <extracomment>areas.calf.steps[3]</extracomment>
        <translation>De pie: cargue el peso sobre la pierna con el calambre y doble un poco esa rodilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or face a wall, cramped leg behind you, knee straight and heel down, and lean in.</source>
        <extracomment>areas.calf.steps[4]</extracomment>
        <translation>O póngase frente a una pared, con la pierna del calambre atrás, la rodilla recta y el talón en el suelo, e inclínese hacia la pared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp lets go, then about 20–30 seconds more. At the wall: count to 30, up to 5 times.</source>
        <extracomment>areas.calf.hold</extracomment>
        <translation>Mantenga hasta que el calambre se suelte y luego unos 20–30 segundos más. En la pared: cuente hasta 30, hasta 5 veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk around.</source>
        <extracomment>areas.calf.tips[0]</extracomment>
        <translation>Camine un poco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the calf.</source>
        <extracomment>areas.calf.tips[1]</extracomment>
        <translation>Dé un masaje a la pantorrilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warm shower on the calf, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>areas.calf.tips[2]</extracomment>
        <translation>Una ducha caliente sobre la pantorrilla, o hielo envuelto en un paño frotado sobre ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foot and toes</source>
        <extracomment>areas.foot.name</extracomment>
        <translation>Pie y dedos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your leg straight.</source>
        <extracomment>areas.foot.quick[0]</extracomment>
        <translation>Mantenga la pierna recta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull your toes up toward your shin with your hand.</source>
        <extracomment>areas.foot.quick[1]</extracomment>
        <translation>Con la mano, tire de los dedos hacia la espinilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–20 seconds; repeat until it lets go.</source>
        <extracomment>areas.foot.quick[2]</extracomment>
        <translation>Mantenga 10–20 s; repita hasta que se suelte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the arch of your foot.</source>
        <extracomment>areas.foot.quick[3]</extracomment>
        <translation>Luego masajee el arco del pie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the leg straight and pull your toes up and back toward your shin with your hand.</source>
        <extracomment>areas.foot.steps[0]</extracomment>
        <translation>Mantenga la pierna recta y, con la mano, tire de los dedos del pie hacia arriba y hacia atrás, hacia la espinilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or stand, press the foot flat, put your weight on it and walk slowly.</source>
        <extracomment>areas.foot.steps[2]</extracomment>
        <translation>O póngase de pie, apoye el pie plano, cargue el peso sobre él y camine despacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the arch of the foot.</source>
        <extracomment>areas.foot.steps[3]</extracomment>
        <translation>Dé un masaje al arco del pie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 10–20 seconds each time. Repeat until it lets go.</source>
        <extracomment>areas.foot.hold</extracomment>
        <translation>Unos 10–20 segundos cada vez. Repita hasta que se suelte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sore afterwards? Soak the foot in lukewarm water.</source>
        <extracomment>areas.foot.tips[0]</extracomment>
        <translation>¿Le duele después? Ponga el pie en remojo en agua templada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back of thigh</source>
        <extracomment>areas.hamstring.name</extracomment>
        <translation>Detrás del muslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight.</source>
        <extracomment>areas.hamstring.quick[0]</extracomment>
        <translation>Siéntese con las piernas rectas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips, toward your ankles.</source>
        <extracomment>areas.hamstring.quick[1]</extracomment>
        <translation>Inclínese desde las caderas hacia los tobillos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go, about 30 seconds.</source>
        <extracomment>areas.hamstring.quick[2]; areas.quadriceps.quick[2]</extracomment>
        <translation>Mantenga hasta que se suelte, unos 30 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly as it lets go.</source>
        <extracomment>areas.hamstring.quick[3]</extracomment>
        <translation>No doble la rodilla de golpe al soltarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit with both legs straight. Lean forward from the hips, reaching toward your ankles.</source>
        <extracomment>areas.hamstring.steps[0]</extracomment>
        <translation>Siéntese con las dos piernas rectas. Inclínese hacia delante desde las caderas, llevando las manos hacia los tobillos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing: keep your legs straight and lean forward at the waist. Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.hamstring.steps[1]</extracomment>
        <translation>De pie: mantenga las piernas rectas e inclínese hacia delante desde la cintura. Agárrese a algo fijo, nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until it lets go; about 30 seconds.</source>
        <extracomment>areas.hamstring.hold; areas.quadriceps.hold</extracomment>
        <translation>Mantenga hasta que se suelte; unos 30 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t bend the knee suddenly while the cramp lets go.</source>
        <extracomment>areas.hamstring.tips[0]</extracomment>
        <translation>No doble la rodilla de golpe mientras el calambre se suelta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front of thigh</source>
        <extracomment>areas.quadriceps.name</extracomment>
        <translation>Delante del muslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold on to something fixed, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.quick[0]</extracomment>
        <translation>Agárrese a algo fijo, nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee; hold your ankle, heel to your bottom.</source>
        <extracomment>areas.quadriceps.quick[1]</extracomment>
        <translation>Doble la rodilla; sujete el tobillo, talón hacia el glúteo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do it lying on your side.</source>
        <extracomment>areas.quadriceps.quick[3]</extracomment>
        <translation>¿Poco equilibrio? Hágalo tumbado de lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand and hold on to something fixed, like a wall or a heavy table, never a chair on wheels.</source>
        <extracomment>areas.quadriceps.steps[0]</extracomment>
        <translation>Póngase de pie y agárrese a algo fijo, como una pared o una mesa pesada, nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bend the knee, hold your ankle and bring the heel toward your buttock.</source>
        <extracomment>areas.quadriceps.steps[1]</extracomment>
        <translation>Doble la rodilla, sujete el tobillo y lleve el talón hacia el glúteo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor balance? Do the same lying on your side.</source>
        <extracomment>areas.quadriceps.steps[2]</extracomment>
        <translation>¿Tiene poco equilibrio? Haga lo mismo tumbado de lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thigh cramps tend to last longer than others.</source>
        <extracomment>areas.quadriceps.warnings[0].text</extracomment>
        <translation>Los calambres del muslo suelen durar más que otros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand and fingers</source>
        <extracomment>areas.hand.name</extracomment>
        <translation>Mano y dedos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop writing or gripping.</source>
        <extracomment>areas.hand.quick[0]; areas.hand.steps[0]</extracomment>
        <translation>Deje de escribir o de agarrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand and spread your fingers.</source>
        <extracomment>areas.hand.quick[1]</extracomment>
        <translation>Abra la mano y separe los dedos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.quick[2]</extracomment>
        <translation>Apriete la palma y los dedos planos en una mesa o pared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 10–30 seconds, then repeat.</source>
        <extracomment>areas.hand.quick[3]</extracomment>
        <translation>Mantenga 10–30 s y luego repita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.hand.steps[1]</extracomment>
        <translation>Abra la mano, separe los dedos y apriete la palma y los dedos planos sobre una mesa o una pared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or gently bend the fingers back with your other hand.</source>
        <extracomment>areas.hand.steps[2]; areas.arm.steps[3]</extracomment>
        <translation>O doble los dedos suavemente hacia atrás con la otra mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–30 seconds. Repeat.</source>
        <extracomment>areas.hand.hold</extracomment>
        <translation>10–30 segundos. Repita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soak the hand in lukewarm water.</source>
        <extracomment>areas.hand.tips[0]</extracomment>
        <translation>Ponga la mano en remojo en agua templada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the palm.</source>
        <extracomment>areas.hand.tips[1]</extracomment>
        <translation>Dé un masaje a la palma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your grip often.</source>
        <extracomment>areas.hand.tips[2]</extracomment>
        <translation>Cambie a menudo la forma de agarrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <extracomment>areas.arm.name</extracomment>
        <translation>Brazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing with the arm.</source>
        <extracomment>areas.arm.quick[0]; areas.arm.steps[0]</extracomment>
        <translation>Deje lo que estaba haciendo con el brazo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently.</source>
        <extracomment>areas.arm.quick[1]</extracomment>
        <translation>Estire el músculo con suavidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.quick[2]</extracomment>
        <translation>Mantenga hasta que el calambre se alivie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle.</source>
        <extracomment>areas.arm.quick[3]</extracomment>
        <translation>Masajee el músculo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>areas.arm.steps[1]</extracomment>
        <translation>Estire el músculo con suavidad y mantenga el estiramiento hasta que el calambre se alivie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forearm: open your hand, spread the fingers and press palm and fingers flat on a table or wall.</source>
        <extracomment>areas.arm.steps[2]</extracomment>
        <translation>Antebrazo: abra la mano, separe los dedos y apriete la palma y los dedos planos sobre una mesa o una pared.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>areas.arm.steps[4]</extracomment>
        <translation>Dé un masaje al músculo, mientras estira o después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold until the cramp eases. At the table or wall: 10–30 seconds, then repeat.</source>
        <extracomment>areas.arm.hold</extracomment>
        <translation>Mantenga hasta que el calambre se alivie. En la mesa o la pared: 10–30 segundos y luego repita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neck</source>
        <extracomment>areas.neck.name</extracomment>
        <translation>Cuello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sit tall and let your shoulders relax.</source>
        <extracomment>areas.neck.quick[0]; areas.neck.steps[0]</extracomment>
        <translation>Siéntese erguido y relaje los hombros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder. Don&apos;t force it.</source>
        <extracomment>areas.neck.quick[1]</extracomment>
        <translation>Incline una oreja hacia su hombro. No fuerce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.quick[2]</extracomment>
        <translation>Mantenga 15–30 s, 2–3 veces por lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then massage the neck gently.</source>
        <extracomment>areas.neck.quick[3]</extracomment>
        <translation>Luego masajee el cuello con suavidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt one ear toward its shoulder until you feel a mild pull on the other side. Don&apos;t force it.</source>
        <extracomment>areas.neck.steps[1]</extracomment>
        <translation>Incline una oreja hacia su hombro hasta notar un tirón leve en el otro lado. No fuerce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then try gentle warmth and massage.</source>
        <extracomment>areas.neck.steps[2]</extracomment>
        <translation>Después pruebe con un calor suave y un masaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15–30 seconds, 2–3 times on each side.</source>
        <extracomment>areas.neck.hold</extracomment>
        <translation>15–30 segundos, 2–3 veces a cada lado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop if moving causes sharp pain or tingling in your arm.</source>
        <extracomment>areas.neck.warnings[0].text</extracomment>
        <translation>Pare si el movimiento le causa un dolor agudo u hormigueo en el brazo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <extracomment>areas.back.name</extracomment>
        <translation>Espalda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kneel, sit back toward your heels, reach forward.</source>
        <extracomment>areas.back.quick[0]</extracomment>
        <translation>De rodillas, siéntese hacia los talones y estírese adelante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back and hug both knees.</source>
        <extracomment>areas.back.quick[1]</extracomment>
        <translation>O túmbese boca arriba y abrace las rodillas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold 20–30 seconds per stretch.</source>
        <extracomment>areas.back.quick[2]</extracomment>
        <translation>Mantenga 20–30 s cada estiramiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then take short walks.</source>
        <extracomment>areas.back.quick[3]</extracomment>
        <translation>Luego dé paseos cortos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose: kneel, sit back toward your heels and reach your arms forward.</source>
        <extracomment>areas.back.steps[0]</extracomment>
        <translation>Postura del niño: arrodíllese, siéntese hacia atrás sobre los talones y estire los brazos hacia delante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or lie on your back, knees bent, and hug both knees toward your chest.</source>
        <extracomment>areas.back.steps[1]</extracomment>
        <translation>O túmbese boca arriba, con las rodillas dobladas, y abrace las dos rodillas hacia el pecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take short walks.</source>
        <extracomment>areas.back.steps[2]</extracomment>
        <translation>Dé paseos cortos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>20–30 seconds per stretch.</source>
        <extracomment>areas.back.hold</extracomment>
        <translation>20–30 segundos cada estiramiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat or ice for 15–20 minutes at a time, never more than 20, whichever feels better, with a cloth in between.</source>
        <extracomment>areas.back.tips[0]</extracomment>
        <translation>Calor o hielo durante 15–20 minutos cada vez, nunca más de 20, lo que le siente mejor, con un paño en medio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t stay in bed beyond the first day. Walk 5–10 minutes, 3–4 times a day.</source>
        <extracomment>areas.back.tips[1]</extracomment>
        <translation>No se quede en la cama más allá del primer día. Camine 5–10 minutos, 3–4 veces al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you must sit, change position every 30 minutes.</source>
        <extracomment>areas.back.tips[2]</extracomment>
        <translation>Si tiene que estar sentado, cambie de postura cada 30 minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly</source>
        <extracomment>areas.belly.name</extracomment>
        <translation>Vientre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back.</source>
        <extracomment>areas.belly.quick[0]</extracomment>
        <translation>Túmbese boca arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch out long: arms overhead, reach with toes.</source>
        <extracomment>areas.belly.quick[1]</extracomment>
        <translation>Estírese a lo largo: brazos arriba, estire bien los pies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply for 20–30 seconds.</source>
        <extracomment>areas.belly.quick[2]</extracomment>
        <translation>Respire despacio y hondo durante 20–30 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long: arms overhead, reaching through fingers and toes.</source>
        <extracomment>areas.belly.steps[0]</extracomment>
        <translation>Túmbese boca arriba y estírese a lo largo: brazos por encima de la cabeza, estirándose hacia la punta de los dedos de las manos y de los pies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe slowly and deeply.</source>
        <extracomment>areas.belly.steps[1]</extracomment>
        <translation>Respire despacio y profundamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 20–30 seconds, breathing normally.</source>
        <extracomment>areas.belly.hold</extracomment>
        <translation>Unos 20–30 segundos, respirando con normalidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heat pack for up to about 20 minutes, with a cloth in between.</source>
        <extracomment>areas.belly.tips[0]</extracomment>
        <translation>Una bolsa de calor durante unos 20 minutos como máximo, con un paño en medio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? For belly cramps or belly pain, contact your midwife or doctor.</source>
        <extracomment>areas.belly.pregnancy[0].text</extracomment>
        <translation>¿Está embarazada? Si tiene calambres o dolor en el vientre, contacte con su matrona o su médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest</source>
        <extracomment>areas.chest.name</extracomment>
        <translation>Pecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All over the body</source>
        <extracomment>areas.all_over.name</extracomment>
        <translation>Todo el cuerpo</translation>
    </message>
</context>
<context>
    <name>data:relief/red_flags.json</name>
    <message>
        <location line="+2"/>
        <source>If you have unbearable pain, cramps all over your body, symptoms after contact with a possible poison, chest pain or trouble breathing, call your local emergency number now.</source>
        <extracomment>emergency_line.text</extracomment>
        <translation>Si tiene un dolor insoportable, calambres en todo el cuerpo, síntomas tras el contacto con un posible veneno, dolor en el pecho o dificultad para respirar, llame ahora a su número local de emergencias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain you can&apos;t bear.</source>
        <extracomment>flags.unbearable-pain.text</extracomment>
        <translation>Un dolor que no puede soportar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain you can&apos;t bear</source>
        <extracomment>flags.unbearable-pain.short</extracomment>
        <translation>dolor insoportable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps or spasms all over your body.</source>
        <extracomment>flags.all-over.text</extracomment>
        <translation>Calambres o espasmos en todo el cuerpo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps all over your body</source>
        <extracomment>flags.all-over.short</extracomment>
        <translation>calambres en todo el cuerpo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chest pain, pressure or tightness, or trouble breathing, whatever it feels like. A “cramp in the chest” can be a heart attack.</source>
        <extracomment>flags.chest.text</extracomment>
        <translation>Dolor, presión u opresión en el pecho, o dificultad para respirar, sea cual sea la sensación. Un «calambre en el pecho» puede ser un ataque al corazón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chest pain or trouble breathing</source>
        <extracomment>flags.chest.short</extracomment>
        <translation>dolor en el pecho o dificultad para respirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm and red, together with chest pain or trouble breathing. A blood clot may have reached the lungs.</source>
        <extracomment>flags.clot-chest.text</extracomment>
        <translation>Una pierna hinchada, caliente y roja, junto con dolor en el pecho o dificultad para respirar. Puede que un coágulo de sangre haya llegado a los pulmones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms after touching or swallowing something that may be poisonous, such as lead or mercury, or after dirt got into a cut.</source>
        <extracomment>flags.poison.text</extracomment>
        <translation>Espasmos después de tocar o tragar algo que puede ser venenoso, como plomo o mercurio, o después de que entrara suciedad en un corte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible tetanus after a wound: a stiff jaw (“lockjaw”), trouble swallowing, or spasms that spread, usually 3 to 21 days after the wound.</source>
        <extracomment>flags.tetanus.text</extracomment>
        <translation>Posible tétanos después de una herida: mandíbula rígida («trismo»), dificultad para tragar o espasmos que se extienden, normalmente de 3 a 21 días después de la herida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cramp that lasts more than 10 minutes and doesn&apos;t ease when you move or stretch.</source>
        <extracomment>flags.ten-minutes.text</extracomment>
        <translation>Un calambre que dura más de 10 minutos y no se alivia al moverse ni al estirar el músculo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in your arms or belly.</source>
        <extracomment>flags.arms-belly.text</extracomment>
        <translation>Calambres en los brazos o en el vientre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps with weakness or loss of feeling.</source>
        <extracomment>flags.weakness-numbness.text</extracomment>
        <translation>Calambres con debilidad o pérdida de sensibilidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps after losing a lot of fluid: vomiting, diarrhea or heavy sweating.</source>
        <extracomment>flags.fluid-loss.text</extracomment>
        <translation>Calambres después de perder mucho líquido: vómitos, diarrea o mucho sudor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One leg swollen, warm, red or tender (usually the calf), without chest pain or trouble breathing. It could be a blood clot (DVT).</source>
        <extracomment>flags.clot.text</extracomment>
        <translation>Una pierna hinchada, caliente, roja o dolorida al tocarla (normalmente la pantorrilla), sin dolor en el pecho ni dificultad para respirar. Podría ser un coágulo de sangre (TVP, trombosis venosa profunda).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belly pain that is severe, keeps going, or comes with fever or vomiting.</source>
        <extracomment>flags.belly-pain.text</extracomment>
        <translation>Dolor de vientre que es intenso, no se pasa o viene con fiebre o vómitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You think the cramps could be a sign of another medical condition.</source>
        <extracomment>flags.other-condition.text</extracomment>
        <translation>Cree que los calambres podrían ser señal de otro problema médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant pain with the cramps: talk to a provider right away.</source>
        <extracomment>flags.significant-pain.text</extracomment>
        <translation>Dolor importante con los calambres: hable enseguida con un médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swelling or numbness in your leg, or changes in its skin: talk to a provider right away.</source>
        <extracomment>flags.leg-swelling-numbness.text</extracomment>
        <translation>Hinchazón o entumecimiento en la pierna, o cambios en su piel: hable enseguida con un médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps that wake you at night, disturb your sleep or leave you tired during the day: talk to a provider right away.</source>
        <extracomment>flags.wake-at-night.text</extracomment>
        <translation>Calambres en las piernas que le despiertan por la noche, alteran su sueño o le dejan cansado durante el día: hable enseguida con un médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that are very painful, frequent or long-lasting: talk to a provider right away.</source>
        <extracomment>flags.painful-frequent-long.text</extracomment>
        <translation>Calambres muy dolorosos, frecuentes o de larga duración: hable enseguida con un médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muscle weakness, or muscles getting thinner (wasting), along with the cramps.</source>
        <extracomment>flags.weakness-wasting.text</extracomment>
        <translation>Debilidad muscular, o músculos que se vuelven más delgados (atrofia), junto con los calambres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long-term cramps with other symptoms, such as weakness or poor coordination.</source>
        <extracomment>flags.other-symptoms.text</extracomment>
        <translation>Calambres de larga evolución con otros síntomas, como debilidad o falta de coordinación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramps while walking that go away when you rest. This can be a sign of poor circulation. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.walking-cramps.text</extracomment>
        <translation>Calambres en las piernas al caminar que desaparecen al descansar. Puede ser una señal de mala circulación. Vaya al médico en un plazo de 1 a 2 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that began after you started a new medicine. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.new-medicine.text</extracomment>
        <translation>Calambres que empezaron después de comenzar un medicamento nuevo. Vaya al médico en un plazo de 1 a 2 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps if you drink a lot of alcohol. See a doctor within 1 to 2 days.</source>
        <extracomment>flags.alcohol.text</extracomment>
        <translation>Calambres si bebe mucho alcohol. Vaya al médico en un plazo de 1 a 2 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that don&apos;t get better with self-care, or that exercise or dehydration don&apos;t explain.</source>
        <extracomment>flags.no-improvement.text</extracomment>
        <translation>Calambres que no mejoran con los cuidados en casa, o que no se explican por el ejercicio o la deshidratación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps that keep you from sleeping well or from doing the things you love, like sports.</source>
        <extracomment>flags.sleep-sports.text</extracomment>
        <translation>Calambres que no le dejan dormir bien o hacer las cosas que le gustan, como el deporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cramps in the upper back.</source>
        <extracomment>flags.upper-back.text</extracomment>
        <translation>Calambres en la parte alta de la espalda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More cramps since a new medicine. Don&apos;t stop or change it on your own: bring your diary and your list of medicines.</source>
        <extracomment>flags.more-after-medicine.text</extracomment>
        <translation>Más calambres desde un medicamento nuevo. No lo deje ni lo cambie por su cuenta: lleve su diario y su lista de medicamentos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your diary shows cramps on most nights.</source>
        <extracomment>flags.most-nights.text</extracomment>
        <translation>Su diario muestra calambres la mayoría de las noches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions about vitamins or minerals, such as whether a supplement could help you.</source>
        <extracomment>flags.supplements.text</extracomment>
        <translation>Preguntas sobre vitaminas o minerales, como si un suplemento podría ayudarle.</translation>
    </message>
</context>
<context>
    <name>data:relief/universal.json</name>
    <message>
        <location line="+2"/>
        <source>Stop what you were doing.</source>
        <extracomment>steps[0].text</extracomment>
        <translation>Deje lo que estaba haciendo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch the muscle gently and hold the stretch until the cramp eases.</source>
        <extracomment>steps[1].text</extracomment>
        <translation>Estire el músculo con suavidad y mantenga el estiramiento hasta que el calambre se alivie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Massage the muscle, while you stretch or afterwards.</source>
        <extracomment>steps[2].text</extracomment>
        <translation>Dé un masaje al músculo, mientras estira o después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leg cramp: get up and walk, or shake the leg. Putting your weight on it may help.</source>
        <extracomment>steps[3].text</extracomment>
        <translation>Calambre en la pierna: levántese y camine, o sacuda la pierna. Cargar el peso sobre ella puede ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At night, sit up first and get up slowly before you stand. Hold on to something fixed, like a wall or a bed frame, never a chair on wheels.</source>
        <extracomment>steps[4].text</extracomment>
        <translation>Por la noche, primero siéntese y levántese despacio antes de ponerse de pie. Agárrese a algo fijo, como una pared o el armazón de la cama, nunca a una silla con ruedas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still tight? Warmth may help. Sore or tender? Cold may help. Follow the heat and cold rules.</source>
        <extracomment>steps[5].text</extracomment>
        <translation>¿Sigue tenso? El calor puede ayudar. ¿Dolorido o sensible? El frío puede ayudar. Siga las normas sobre calor y frío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards, a pain reliever such as ibuprofen or acetaminophen (paracetamol) may ease soreness. During a cramp it works too slowly to help.</source>
        <extracomment>steps[6].text</extracomment>
        <translation>Después, un analgésico como el ibuprofeno o el paracetamol (acetaminofén) puede aliviar el dolor. Durante un calambre actúa demasiado despacio para ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ibuprofen and similar medicines (NSAIDs): ask a pharmacist or doctor first if you are pregnant or take blood thinners.</source>
        <extracomment>steps[7].text</extracomment>
        <translation>Ibuprofeno y medicamentos parecidos (AINE): pregunte antes a un farmacéutico o a un médico si está embarazada o toma anticoagulantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask first, too, if you have kidney, heart or liver problems, a stomach ulcer, high blood pressure or asthma.</source>
        <extracomment>steps[8].text</extracomment>
        <translation>Pregunte antes también si tiene problemas de riñón, corazón o hígado, una úlcera de estómago, la tensión alta o asma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the label. Ask a pharmacist first if you have other conditions or take other medicines.</source>
        <extracomment>steps[9].text</extracomment>
        <translation>Siga las indicaciones del prospecto. Pregunte antes a un farmacéutico si tiene otras enfermedades o toma otros medicamentos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The muscle can stay sore for up to 24 hours.</source>
        <extracomment>steps[10].text</extracomment>
        <translation>El músculo puede seguir dolorido hasta 24 horas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat suits a muscle that is still tight. Cold suits one that is sore or tender.</source>
        <extracomment>heat_cold[0].text</extracomment>
        <translation>El calor va bien para un músculo que sigue tenso. El frío va bien para uno que está dolorido o sensible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick options: a warm shower on the muscle for about 5 minutes, a warm bath, or ice wrapped in a cloth rubbed over it.</source>
        <extracomment>heat_cold[1].text</extracomment>
        <translation>Opciones rápidas: una ducha caliente sobre el músculo durante unos 5 minutos, un baño caliente, o hielo envuelto en un paño frotado sobre él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use heat or cold for 15 to 20 minutes at a time, never more than 20.</source>
        <extracomment>heat_cold[2].text</extracomment>
        <translation>Use calor o frío de 15 a 20 minutos cada vez, nunca más de 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always keep a cloth between your skin and the heat or ice.</source>
        <extracomment>heat_cold[3].text</extracomment>
        <translation>Ponga siempre un paño entre la piel y el calor o el hielo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never fall asleep on a heating pad or with an ice pack.</source>
        <extracomment>heat_cold[4].text</extracomment>
        <translation>Nunca se duerma sobre una almohadilla térmica ni con una bolsa de hielo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fresh injury rather than a cramp? Don&apos;t put heat on it.</source>
        <extracomment>heat_cold[5].text</extracomment>
        <translation>¿Es una lesión reciente y no un calambre? No le aplique calor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diabetes or nerve damage? No heat, ice or hot soaks on skin that feels numb, unless a clinician said it&apos;s OK.</source>
        <extracomment>numb_skin[0].text</extracomment>
        <translation>¿Tiene diabetes o daño en los nervios? No aplique calor, hielo ni baños calientes en la piel que note entumecida, salvo que un profesional sanitario le haya dicho que puede hacerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test water with your elbow or wrist, never your foot. Use lukewarm water, not hot.</source>
        <extracomment>numb_skin[1].text</extracomment>
        <translation>Compruebe la temperatura del agua con el codo o la muñeca, nunca con el pie. Use agua templada, no caliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your skin feels normal, use heat or ice for about 10 minutes at most, and check your skin every few minutes.</source>
        <extracomment>numb_skin[2].text</extracomment>
        <translation>Donde la piel tenga una sensibilidad normal, use calor o hielo unos 10 minutos como máximo y revise la piel cada pocos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnant? Don&apos;t take ibuprofen or other NSAIDs unless a doctor prescribed them. Acetaminophen (paracetamol) is the usual choice. Ask a midwife, doctor or pharmacist first.</source>
        <extracomment>pregnancy[0].text</extracomment>
        <translation>¿Está embarazada? No tome ibuprofeno ni otros AINE salvo que se los haya recetado un médico. El paracetamol (acetaminofén) es la opción habitual. Pregunte antes a una matrona, a un médico o a un farmacéutico.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings, seated</source>
        <extracomment>name</extracomment>
        <translation>Pantorrillas e isquiotibiales antes de dormir, sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same routine sitting on the bed or the floor, for when standing is hard or you are tired: a towel calf stretch and a seated hamstring stretch, each leg. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation>La misma rutina sentado en la cama o en el suelo, para cuando le cuesta estar de pie o está cansado: un estiramiento de pantorrilla con toalla y un estiramiento de isquiotibiales sentado, con cada pierna. Los estiramientos se mantienen 10 segundos, como en el estudio.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-core.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime calves and hamstrings</source>
        <extracomment>name</extracomment>
        <translation>Pantorrillas e isquiotibiales antes de dormir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretches from a study of adults over 55 with night leg cramps: calf and hamstring, each leg, hold about 10 seconds at a moderate stretch, relax 10 seconds, 3 times, just before you go to sleep. The holds stay at 10 seconds, as in the study.</source>
        <extracomment>description</extracomment>
        <translation>Los estiramientos de un estudio con adultos de más de 55 años con calambres nocturnos en las piernas: pantorrilla e isquiotibiales, con cada pierna; mantenga unos 10 segundos con un estiramiento moderado, relaje 10 segundos, 3 veces, justo antes de dormir. Los estiramientos se mantienen 10 segundos, como en el estudio.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended, seated or lying</source>
        <extracomment>name</extracomment>
        <translation>Rutina ampliada antes de dormir, sentado o tumbado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seated calf and hamstring stretches, then optional comfort stretches for the foot and, lying on your side, the front of the thigh.</source>
        <extracomment>description</extracomment>
        <translation>Los estiramientos de pantorrilla e isquiotibiales sentado y, después, estiramientos opcionales para estar cómodo: el pie y, tumbado de lado, la parte delantera del muslo.</translation>
    </message>
</context>
<context>
    <name>data:routines/bedtime-extended.json</name>
    <message>
        <location line="+2"/>
        <source>Bedtime extended</source>
        <extracomment>name</extracomment>
        <translation>Rutina ampliada antes de dormir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calf and hamstring stretches, then optional comfort stretches for the lower calf, the foot, the front of the thigh and the hip.</source>
        <extracomment>description</extracomment>
        <translation>Los estiramientos de pantorrilla e isquiotibiales y, después, estiramientos opcionales para estar cómodo: la parte baja de la pantorrilla, el pie, la parte delantera del muslo y la cadera.</translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break-seated.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break, seated</source>
        <extracomment>name</extracomment>
        <translation>Pausa de estiramiento en el escritorio, sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk break without standing up: ankle pumps, a hamstring stretch on your chair, a foot stretch and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation>La pausa en el escritorio sin levantarse: bombeo de tobillos, un estiramiento de isquiotibiales en la silla, un estiramiento del pie y un estiramiento del cuello.</translation>
    </message>
</context>
<context>
    <name>data:routines/desk-break.json</name>
    <message>
        <location line="+2"/>
        <source>Desk stretch break</source>
        <extracomment>name</extracomment>
        <translation>Pausa de estiramiento en el escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At your desk: ankle pumps and a hamstring stretch sitting down, calf raises and a thigh stretch holding on to your desk or a wall, and a neck stretch.</source>
        <extracomment>description</extracomment>
        <translation>En su escritorio: bombeo de tobillos y un estiramiento de isquiotibiales sentado, elevaciones de talones y un estiramiento de muslo agarrado al escritorio o a una pared, y un estiramiento del cuello.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-arm.json</name>
    <message>
        <location line="+2"/>
        <source>Arm cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de brazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall to stretch the forearm, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Apriete la mano abierta plana sobre una mesa o una pared para estirar el antebrazo, y mantenga hasta que el calambre se suelte.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-back.json</name>
    <message>
        <location line="+2"/>
        <source>Back cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de espalda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s pose, then hugging the knees to the chest, breathing slowly.</source>
        <extracomment>description</extracomment>
        <translation>Postura del niño y después abrazar las rodillas hacia el pecho, respirando despacio.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-belly.json</name>
    <message>
        <location line="+2"/>
        <source>Belly cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de vientre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lie on your back and stretch out long, breathing slowly and deeply.</source>
        <extracomment>description</extracomment>
        <translation>Túmbese boca arriba y estírese a lo largo, respirando despacio y profundamente.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-calf.json</name>
    <message>
        <location line="+2"/>
        <source>Calf cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de pantorrilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle calf stretch sitting or lying, with a towel or sheet around the foot. Hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Un estiramiento suave de pantorrilla sentado o tumbado, con una toalla o una sábana alrededor del pie. Mantenga hasta que el calambre se suelte.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-foot.json</name>
    <message>
        <location line="+2"/>
        <source>Foot cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de pie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull the toes back toward the shin and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Tire de los dedos del pie hacia atrás, hacia la espinilla, y mantenga hasta que el calambre se suelte.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hamstring.json</name>
    <message>
        <location line="+2"/>
        <source>Back-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre en la parte de atrás del muslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lean forward from the hips over a straight leg and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Inclínese hacia delante desde las caderas sobre una pierna recta y mantenga hasta que el calambre se suelte.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-hand.json</name>
    <message>
        <location line="+2"/>
        <source>Hand cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the open hand flat on a table or wall and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Apriete la mano abierta plana sobre una mesa o una pared y mantenga hasta que el calambre se suelte.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-neck.json</name>
    <message>
        <location line="+2"/>
        <source>Neck cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre de cuello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gentle side stretch for the neck, each side. Don&apos;t force it.</source>
        <extracomment>description</extracomment>
        <translation>Un estiramiento lateral suave del cuello, a cada lado. No fuerce.</translation>
    </message>
</context>
<context>
    <name>data:routines/relief-quadriceps.json</name>
    <message>
        <location line="+2"/>
        <source>Front-of-thigh cramp relief</source>
        <extracomment>name</extracomment>
        <translation>Alivio del calambre en la parte delantera del muslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the heel toward the buttock, holding on to a wall or a sturdy chair that cannot roll, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation>Lleve el talón hacia el glúteo, sujetándose a una pared o a una silla firme que no ruede, y mantenga hasta que el calambre ceda.</translation>
    </message>
    <message>
        <source>Bring the heel toward the buttock, holding a chair, and hold until the cramp lets go.</source>
        <extracomment>description</extracomment>
        <translation type="vanished">Lleve el talón hacia el glúteo, agarrado a una silla, y mantenga hasta que el calambre se suelte.</translation>
    </message>
</context>
<context>
    <name>data:tips/tips.json</name>
    <message>
        <location line="+2"/>
        <source>Your clinician&apos;s fluid limit comes first. Log what you drink here, and check with them before drinking more than they advised.</source>
        <extracomment>tips.water-fluid-limit.text</extracomment>
        <translation>El límite de líquidos de su profesional sanitario va primero. Anote aquí lo que bebe y consúltele antes de beber más de lo indicado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot weather and exercise raise how much fluid you need. Small, frequent sips may work better than a few large drinks.</source>
        <extracomment>tips.water-heat.text</extracomment>
        <translation>El calor y el ejercicio aumentan el líquido que necesita. Beber sorbos pequeños y frecuentes puede ir mejor que pocas bebidas grandes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart, kidney, liver or thyroid problems, diuretics and some medicines change fluid needs. If one applies, ask your clinician how much to drink.</source>
        <extracomment>tips.water-conditions.text</extracomment>
        <translation>Con problemas de corazón, riñón, hígado o tiroides, diuréticos o algunos medicamentos, el líquido necesario cambia: pregunte a su profesional sanitario cuánto beber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More is not always better: drinking far too much water can dilute the sodium in your blood. Spread your drinks through the day.</source>
        <extracomment>tips.water-overdrink.text</extracomment>
        <translation>Más no siempre es mejor: beber demasiada agua puede diluir el sodio de la sangre. Reparta lo que bebe a lo largo del día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pale, clear-yellow urine is a simple sign that you are probably drinking enough.</source>
        <extracomment>tips.water-urine.text</extracomment>
        <translation>Una orina de color amarillo claro y pálido es una señal sencilla de que probablemente está bebiendo lo suficiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After long, heavy sweating in the heat, a sports drink or a regular meal may help replace lost salt. Salt tablets are not advised.</source>
        <extracomment>tips.water-sweat.text</extracomment>
        <translation>Tras sudar mucho y largo rato con calor, una bebida deportiva o una comida pueden ayudar a reponer sal. No se aconsejan pastillas de sal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for long periods is listed as a risk factor for muscle cramps; standing up for a gentle stretch breaks it up.</source>
        <extracomment>tips.stretch-sitting.text</extracomment>
        <translation>Estar sentado mucho tiempo figura como factor de riesgo de los calambres musculares; levantarse para hacer un estiramiento suave lo interrumpe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular calf stretching may help reduce cramps, although it may not stop them completely.</source>
        <extracomment>tips.stretch-calf.text</extracomment>
        <translation>Estirar las pantorrillas con regularidad puede ayudar a reducir los calambres, aunque quizá no los evite del todo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch to a firm, moderate pull, never to sharp pain, and keep breathing while you hold.</source>
        <extracomment>tips.stretch-intensity.text</extracomment>
        <translation>Estire hasta notar una tensión firme y moderada, nunca hasta sentir un dolor agudo, y siga respirando mientras mantiene el estiramiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most adults hold a stretch for 10 to 30 seconds; older adults may do better holding for 30 to 60 seconds.</source>
        <extracomment>tips.stretch-hold.text</extracomment>
        <translation>La mayoría de los adultos mantiene un estiramiento de 10 a 30 segundos; a las personas mayores les puede ir mejor de 30 a 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretching two or three days a week helps flexibility, and stretching every day is the most effective.</source>
        <extracomment>tips.stretch-daily.text</extracomment>
        <translation>Estirar dos o tres días por semana mejora la flexibilidad, y estirar todos los días es lo más eficaz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long spells of sitting are named as a risk factor for cramps. A few minutes of walking breaks them up.</source>
        <extracomment>tips.move-sitting.text</extracomment>
        <translation>Los ratos largos sentado se citan como factor de riesgo de los calambres. Unos minutos caminando los interrumpen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a large study, longer unbroken sitting was linked to higher health risks. Getting up at least every 30 minutes may help.</source>
        <extracomment>tips.move-thirty.text</extracomment>
        <translation>En un estudio grande, estar sentado más tiempo seguido se asoció a más riesgos para la salud. Levantarse al menos cada 30 minutos puede ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a small study, five minutes of light walking every half hour lowered blood sugar spikes and blood pressure over a long sitting day.</source>
        <extracomment>tips.move-five-minutes.text</extracomment>
        <translation>En un estudio pequeño, caminar suave cinco minutos cada media hora bajó los picos de azúcar en sangre y la tensión durante largas horas sentado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even a two-minute light walk every 20 minutes lowered blood sugar after meals in a lab study of adults aged 45 to 65.</source>
        <extracomment>tips.move-two-minutes.text</extracomment>
        <translation>Incluso caminar suave dos minutos cada 20 minutos bajó el azúcar en sangre tras comer, en un estudio de laboratorio con adultos de 45–65 años.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing still for long periods has also been linked to night leg cramps, so walk around rather than just standing up.</source>
        <extracomment>tips.move-standing.text</extracomment>
        <translation>Estar mucho rato de pie sin moverse también se ha asociado a calambres nocturnos en las piernas: camine un poco en vez de solo levantarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts suggest building up to two hours a day of standing and light activity at work, then working toward four.</source>
        <extracomment>tips.move-daily-goal.text</extracomment>
        <translation>Los expertos sugieren llegar gradualmente a dos horas diarias de estar de pie y actividad ligera en el trabajo, y luego ir hacia cuatro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeping sheets and blankets loose at the foot of the bed may help with night leg cramps.</source>
        <extracomment>tips.bedtime-loose-sheets.text</extracomment>
        <translation>Dejar las sábanas y las mantas sueltas a los pies de la cama puede ayudar con los calambres nocturnos en las piernas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your back? Propping your feet on pillows so your toes point up may help.</source>
        <extracomment>tips.bedtime-on-back.text</extracomment>
        <translation>¿Duerme boca arriba? Apoyar los pies en almohadas para que los dedos apunten hacia arriba puede ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sleeping on your front? Letting your feet hang over the end of the bed may help.</source>
        <extracomment>tips.bedtime-on-front.text</extracomment>
        <translation>¿Duerme boca abajo? Dejar que los pies cuelguen por el borde de la cama puede ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calf and hamstring stretches just before sleep may help reduce how often night cramps come and how much they hurt.</source>
        <extracomment>tips.bedtime-stretch.text</extracomment>
        <translation>Estirar las pantorrillas y los isquiotibiales justo antes de dormir puede ayudar a reducir la frecuencia de los calambres nocturnos y cuánto duelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few minutes of leg stretches or a stationary bike before bed may also help.</source>
        <extracomment>tips.bedtime-bike.text</extracomment>
        <translation>Unos minutos de estiramientos de piernas o de bicicleta estática antes de acostarse también pueden ayudar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drinking less in the last 2 hours before bed may help cut down nighttime trips to the bathroom.</source>
        <extracomment>tips.bedtime-drinks.text</extracomment>
        <translation>Beber menos en las 2 últimas horas antes de acostarse puede ayudar a reducir las idas al baño por la noche.</translation>
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
        <translation>Su seguimiento de dos semanas ha terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of those 14 nights is ready in Your data.</source>
        <translation>El informe de esas 14 noches está listo en Sus datos.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/common/names.py" line="+24"/>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foot and toes</source>
        <translation>Pie y dedos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back of thigh</source>
        <translation>Detrás del muslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front of thigh</source>
        <translation>Delante del muslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand and fingers</source>
        <translation>Mano y dedos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belly</source>
        <translation>Vientre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many muscles / all over</source>
        <translation>Por todo el cuerpo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tight, a knot</source>
        <translation>tenso, un nudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard or bulging</source>
        <translation>duro o abultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twitching</source>
        <translation>contracciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulling</source>
        <translation>tirones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>burning</source>
        <translation>ardor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tingling or numb</source>
        <translation>hormigueo o entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aching</source>
        <translation>dolor sordo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>asleep (it woke me)</source>
        <translation>dormido (me despertó)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in bed, awake</source>
        <translation>en la cama, despierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the heat</source>
        <translation>con calor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stretching</source>
        <translation>estirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>massage</source>
        <translation>masaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking</source>
        <translation>caminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cold</source>
        <translation>frío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pain reliever</source>
        <translation>un analgésico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>swelling, redness or warmth of the leg</source>
        <translation>hinchazón, enrojecimiento o calor en la pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skin changes</source>
        <translation>cambios en la piel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weakness</source>
        <translation>debilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps elsewhere</source>
        <translation>calambres en otras partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recent wound</source>
        <translation>una herida reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact with a chemical or poison</source>
        <translation>contacto con un producto químico o un veneno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thyroid disease</source>
        <translation>Enfermedad de la tiroides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidney disease</source>
        <translation>Enfermedad del riñón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver disease</source>
        <translation>Enfermedad del hígado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart disease</source>
        <translation>Enfermedad del corazón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vascular (circulation) disease</source>
        <translation>Enfermedad vascular (de la circulación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nerve damage (neuropathy)</source>
        <translation>Daño en los nervios (neuropatía)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Do not stop or change any medicine on your own. If cramps started or worsened after a new medicine, bring your diary and medicine list to your doctor or pharmacist.</source>
        <translation>No deje ni cambie ningún medicamento por su cuenta. Si los calambres empezaron o empeoraron después de un medicamento nuevo, lleve su diario y su lista de medicamentos a su médico o farmacéutico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+140"/>
        <source>area not given</source>
        <translation>zona sin indicar</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (over 10 min)</source>
        <translation>%1 (más de 10 min)</translation>
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
        <translation>Las necesidades varían según la actividad, el clima y la alimentación. Como orientación, el NHS (servicio de salud británico) dice de 6 a 8 vasos al día; las Academias Nacionales de EE. UU. dicen unos %1 procedentes de bebidas para las mujeres y %2 para los hombres.</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Suggested daily goals</source>
        <translation>Objetivos diarios sugeridos</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>8 glasses (%1)</source>
        <translation>8 vasos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the NHS guide as my goal: 8 glasses, %1 a day</source>
        <translation>Usar la orientación del NHS como objetivo: 8 vasos, %1 al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS: 6 to 8 glasses a day (8 glasses: %1)</source>
        <translation>NHS: de 6 a 8 vasos al día (8 vasos: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (women)</source>
        <translation>%1 (mujeres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for women as my goal: %1 a day</source>
        <translation>Usar la orientación de EE. UU. para mujeres como objetivo: %1 al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, women: about %1 a day from drinks</source>
        <translation>Academias Nacionales de EE. UU., mujeres: unos %1 al día procedentes de bebidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (men)</source>
        <translation>%1 (hombres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the US guide for men as my goal: %1 a day</source>
        <translation>Usar la orientación de EE. UU. para hombres como objetivo: %1 al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US National Academies, men: about %1 a day from drinks</source>
        <translation>Academias Nacionales de EE. UU., hombres: unos %1 al día procedentes de bebidas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 logged today. Your fluid limit: %2 a day.</source>
        <translation>%1 anotado hoy. Su límite de líquidos: %2 al día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 today</source>
        <translation>%1 hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 today</source>
        <translation>%1 de %2 hoy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have reached the limit your clinician set for today.</source>
        <translation>Ha llegado al límite que le fijó su profesional sanitario para hoy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are close to the limit your clinician set for today.</source>
        <translation>Está cerca del límite que le fijó su profesional sanitario para hoy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With a fluid limit, the app never asks you to drink and sets no goal. Log what you drink to see your total against your limit.</source>
        <translation>Con un límite de líquidos, la aplicación nunca le pide que beba y no fija ningún objetivo. Anote lo que bebe para ver su total frente a su límite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has a doctor or nurse told you to limit how much you drink each day?</source>
        <translation>¿Le ha dicho un médico o un enfermero que limite cuánto bebe cada día?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With heart or kidney problems, drinking too much can be harmful. Many people with heart failure are told to keep to about 1.5 liters a day; advice differs from person to person. If you have a limit, tick the box and enter it.</source>
        <translation>Con problemas de corazón o de riñón, beber demasiado puede ser perjudicial. A muchas personas con insuficiencia cardíaca se les indica no pasar de unos 1,5 litros al día; las indicaciones varían de una persona a otra. Si tiene un límite, marque la casilla e introdúzcalo.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/chart_geometry.py" line="+113"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+603"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/charts.py" line="+7"/>
        <source>Highlighted</source>
        <translation>Resaltado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No data for this period</source>
        <translation>Sin datos para este periodo</translation>
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
        <translation>Gráfico: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data for this period.</source>
        <translation>Sin datos para este periodo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s).</source>
        <translation>
            <numerusform>%n valor.</numerusform>
            <numerusform>%n valores.</numerusform>
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
            <numerusform>%n sin datos.</numerusform>
            <numerusform>%n sin datos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest: %1 (%2).</source>
        <translation>Máximo: %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total: %1.</source>
        <translation>Total: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal reached for %1 of %2.</source>
        <translation>Objetivo alcanzado en %1 de %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; over it for %3 of %4.</source>
        <comment>ceiling name, value, count, of</comment>
        <translation>%1: %2; superado en %3 de %4.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/diary.py" line="-395"/>
        <source>relief panel</source>
        <translation>panel de alivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diary</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in</source>
        <translation>control de la mañana</translation>
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
            <numerusform>%n calambre</numerusform>
            <numerusform>%n calambres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Saved %n night(s).</source>
        <translation>
            <numerusform>%n noche guardada.</numerusform>
            <numerusform>%n noches guardadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The %n night(s) are as they were.</source>
        <translation>
            <numerusform>%n noche vuelve a estar como estaba.</numerusform>
            <numerusform>%n noches vuelven a estar como estaban.</numerusform>
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
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+118"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-37"/>
        <location line="+41"/>
        <location line="+35"/>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedtime routine</source>
        <translation>Rutina antes de dormir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting breaks</source>
        <translation>Pausas de estar sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That night</source>
        <translation>Esa noche</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A warning sign was ticked for a cramp of this day.</source>
        <translation>Se marcó una señal de alarma en un calambre de este día.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No cramp was logged that night and the morning check-in was not answered, so it is not known whether it was a night without cramps.</source>
        <translation>No se anotó ningún calambre esa noche y no se respondió al control de la mañana, así que no se sabe si fue una noche sin calambres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, worst %2</source>
        <translation>%1, el peor %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, warning sign</source>
        <translation>%1, señal de alarma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, over your limit</source>
        <translation>%1, por encima de su límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../spasm_desktop/ui/record/history_months.py" line="+11"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="-51"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, goal reached</source>
        <translation>%1, objetivo alcanzado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with cramps</source>
        <translation>con calambres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without cramps</source>
        <translation>sin calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-225"/>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/history.py" line="-8"/>
        <source>over your fluid limit on %n day(s)</source>
        <translation>
            <numerusform>por encima de su límite de líquidos %n día</numerusform>
            <numerusform>por encima de su límite de líquidos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>water goal reached on %n day(s)</source>
        <translation>
            <numerusform>objetivo de agua alcanzado %n día</numerusform>
            <numerusform>objetivo de agua alcanzado %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation type="vanished">
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <comment>cramps on days</comment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="vanished">
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <comment>the days of &apos;cramps on days&apos;</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>bedtime routine done on %n night(s)</source>
        <translation>
            <numerusform>rutina antes de dormir hecha %n noche</numerusform>
            <numerusform>rutina antes de dormir hecha %n noches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Recorded nights with cramps: %1 of %n.</source>
        <translation>
            <numerusform>Noches registradas con calambres: %1 de %n.</numerusform>
            <numerusform>Noches registradas con calambres: %1 de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nights not recorded (no cramp logged, morning check-in not answered): %n.</source>
        <translation>
            <numerusform>Noches no registradas (ningún calambre anotado, control de la mañana sin responder): %n.</numerusform>
            <numerusform>Noches no registradas (ningún calambre anotado, control de la mañana sin responder): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Nights not recorded, left out: %n.</source>
        <translation>
            <numerusform>Noches no registradas, dejadas fuera: %n.</numerusform>
            <numerusform>Noches no registradas, dejadas fuera: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/medicine_dialog.py" line="+35"/>
        <source>Enter the medicine&apos;s name.</source>
        <translation>Escriba el nombre del medicamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note can have at most %1 characters.</source>
        <translation>La nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stop date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is in the future.</source>
        <translation>La fecha de inicio está en el futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stop date is in the future: mark it stopped on the day you stop.</source>
        <translation>La fecha de fin está en el futuro: márquelo como dejado el día que lo deje.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark a medicine stopped</source>
        <translation>Marcar un medicamento como dejado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a medicine</source>
        <translation>Editar un medicamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-182"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as on the pack, such as Simvastatin 20 mg</source>
        <translation>como en la caja, por ejemplo Simvastatina 20 mg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date started</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;known</source>
        <translation>No se &amp;sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date not known</source>
        <translation>Fecha de inicio desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;rted:</source>
        <translation>&amp;Empezó:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date stopped</source>
        <translation>Fecha en que lo dejó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still takin&amp;g it</source>
        <translation>Lo si&amp;go tomando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still taking it</source>
        <translation>Lo sigo tomando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;opped:</source>
        <translation>Lo &amp;dejó:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note, such as the dose or a dose change</source>
        <translation>Nota, como la dosis o un cambio de dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dose, or a change such as “dose doubled in May”</source>
        <translation>dosis, o un cambio como «dosis doblada en mayo»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>No&amp;ta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems to fix before saving</source>
        <translation>Problemas que corregir antes de guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the medicine</source>
        <translation>Guardar el medicamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="+110"/>
        <location line="+3"/>
        <source>This entry has a problem.</source>
        <translation>Esta entrada tiene un problema.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/profile.py" line="-388"/>
        <source>Choose a month.</source>
        <translation>Elija un mes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a year from %1 on.</source>
        <translation>Elija un año a partir de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That month has not come yet.</source>
        <translation>Ese mes todavía no ha llegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose conditions from the list.</source>
        <translation>Elija enfermedades de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other conditions can have at most %1 characters.</source>
        <translation>«Otras enfermedades» puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+2"/>
        <location line="+39"/>
        <source>Health profile</source>
        <translation>Perfil de salud</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Asked once, to help you and your clinician. Every answer is optional, is saved as you go and stays on this device unless you export it.</source>
        <translation>Se pregunta una vez, para ayudarle a usted y a su profesional sanitario. Todas las respuestas son opcionales, se guardan sobre la marcha y se quedan en este dispositivo salvo que las exporte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the health profile</source>
        <translation>Acerca del perfil de salud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the health profile</source>
        <translation>Cerrar el perfil de salud</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+1"/>
        <source>When did your cramps first start?</source>
        <translation>¿Cuándo empezaron sus calambres?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month cramps first started</source>
        <translation>Mes en que empezaron los calambres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year cramps first started</source>
        <translation>Año en que empezaron los calambres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;don&apos;t know</source>
        <translation>No lo &amp;sé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know when my cramps started</source>
        <translation>No sé cuándo empezaron mis calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month and year:</source>
        <translation>&amp;Mes y año:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the month</source>
        <translation>Problema con el mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Conditions you choose to share</source>
        <translation>Enfermedades que decide compartir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Condition: %1</source>
        <translation>Enfermedad: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-128"/>
        <source>Other conditions</source>
        <translation>Otras enfermedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in your own words</source>
        <translation>con sus propias palabras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other conditions:</source>
        <translation>&amp;Otras enfermedades:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with other conditions</source>
        <translation>Problema con otras enfermedades</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Fluid limit</source>
        <translation>Límite de líquidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clinician set me a &amp;fluid limit</source>
        <translation>Un profesional sanitario me fijó un &amp;límite de líquidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clinician set me a fluid limit</source>
        <translation>Un profesional sanitario me fijó un límite de líquidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit per day</source>
        <translation>Límite de líquidos por día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit &amp;per day:</source>
        <translation>Límite &amp;por día:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About fluid limits</source>
        <translation>Acerca de los límites de líquidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do you have a fluid limit?</source>
        <translation>¿Tiene un límite de líquidos?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why a fluid limit matters</source>
        <translation>Por qué importa un límite de líquidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Water is log only</source>
        <translation>El agua solo se anota</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About medicines</source>
        <translation>Acerca de los medicamentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medicines, by start date</source>
        <translation>Medicamentos, por fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+347"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row numbers</source>
        <translation>Números de fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>No medicines listed yet.</source>
        <translation>Todavía no hay medicamentos en la lista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected medicine</source>
        <translation>Editar el medicamento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;stopped…</source>
        <translation>Marcar como &amp;dejado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected medicine stopped</source>
        <translation>Marcar como dejado el medicamento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected medicine</source>
        <translation>Borrar el medicamento seleccionado</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>still taking</source>
        <translation>lo sigue tomando</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Deleted %1 from your medicines.</source>
        <translation>Se borró %1 de sus medicamentos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is back in your medicines.</source>
        <translation>%1 vuelve a estar en sus medicamentos.</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report.py" line="+84"/>
        <source>Spasm Desktop %1 · %2</source>
        <translation>Spasm Desktop %1 · %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appendix</source>
        <translation>Apéndice</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+82"/>
        <source>Muscle cramp diary summary</source>
        <translation>Resumen del diario de calambres musculares</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="-102"/>
        <source>outside the legs</source>
        <translation>fuera de las piernas</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-83"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/night_columns.py" line="+21"/>
        <source>Night of</source>
        <translation>Noche del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many cramps</source>
        <translation>Cuántos calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst, 0 to 10</source>
        <translation>El peor, 0–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-200"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woke me</source>
        <translation>Me des­pertó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 (none)</source>
        <translation>0 (ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 or more</source>
        <translation>3 o más</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_appendix.py" line="+1"/>
        <source>Duration (min:s)</source>
        <translation>Duración (min:s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="+160"/>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (shortened)</source>
        <translation>Notas (acortadas)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none shared</source>
        <translation>ninguna compartida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none set</source>
        <translation>ninguno fijado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cramps first started</source>
        <translation>Inicio de los calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions shared</source>
        <translation>Enfermedades compartidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fluid limit set by a clinician</source>
        <translation>Límite de líquidos fijado por un profesional sanitario</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No medicines recorded.</source>
        <translation>No hay medicamentos registrados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile and medicines</source>
        <translation>Perfil y medicamentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An episode belongs to the day it started on, in the person&apos;s time zone. A night is named by its evening and runs from noon to noon. A night cramp started between 20:00 and 08:00, or was marked as asleep, in bed or woke me.</source>
        <translation>Un episodio pertenece al día en que empezó, en la zona horaria de la persona. Una noche se nombra por su tarde y va de mediodía a mediodía. Un calambre nocturno es uno que empezó entre las 20:00 y las 08:00, o que se marcó como dormido, en la cama o me despertó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Durations, severity (0 = no pain, 10 = worst imaginable), sleep disturbance and next-day soreness (0–10) are the person&apos;s own estimates. Medians and means use the entries where a value was given.</source>
        <translation>Las duraciones, la intensidad (0 = sin dolor, 10 = el peor imaginable), la alteración del sueño y el dolor al día siguiente (0–10) son estimaciones de la propia persona. Las medianas y las medias usan las entradas en las que se indicó un valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A night counts as recorded when a cramp was logged in it, the morning check-in was answered for it, or the bedtime routine was done and the morning answered. Nights with a cramp and nights woken are counted over the recorded nights; cramps per week over the recorded days (a recorded night, or a cramp logged that day). Unrecorded nights are not counted as nights without cramps.</source>
        <translation>Una noche cuenta como registrada cuando se anotó un calambre en ella, se respondió al control de la mañana sobre ella, o se hizo la rutina antes de dormir y se respondió por la mañana. Las noches con calambre y las noches en que le despertaron se cuentan sobre las noches registradas; los calambres por semana, sobre los días registrados (una noche registrada, o un calambre anotado ese día). Las noches no registradas no se cuentan como noches sin calambres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trend compares the first and the last two weeks of periods of 28 days or more, else the two halves. Medicine changes show the cramps recorded in the 14 days before and from the day of the change; fewer days are counted near the start of the record or today.</source>
        <translation>La tendencia compara las dos primeras y las dos últimas semanas en periodos de 28 días o más; si no, las dos mitades. Los cambios de medicamento muestran los calambres registrados en los 14 días anteriores y desde el día del cambio; se cuentan menos días cerca del inicio del registro o de hoy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red-flag entries are episodes with a warning sign ticked, and episodes in sites other than the legs and feet (hand, arm, neck, back, belly, chest, all over). Each warning is listed with the heading of its tier in the app&apos;s list of warning signs.</source>
        <translation>Las entradas con señales de alarma son los episodios con una señal de alarma marcada y los episodios en zonas distintas de las piernas y los pies (mano, brazo, cuello, espalda, vientre, pecho, todo el cuerpo). Cada señal aparece con el encabezado de su nivel en la lista de señales de alarma de la aplicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About these figures</source>
        <translation>Acerca de estas cifras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muscle cramps are usually harmless, but they can sometimes be a sign of another health problem. The app cannot tell the difference.</source>
        <translation>Los calambres musculares suelen ser inofensivos, pero a veces pueden ser señal de otro problema de salud. La aplicación no puede distinguirlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information about medicines is for discussion with your doctor or pharmacist. Never start, stop or change a medicine because of this app.</source>
        <translation>La información sobre medicamentos es para comentarla con su médico o farmacéutico. Nunca empiece, deje ni cambie un medicamento por esta aplicación.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Warning sign</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1</source>
        <comment>a week, by its first day</comment>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week (from Monday)</source>
        <translation>Semana (desde el lunes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded nights</source>
        <translation>Noches registradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean pain (0–10)</source>
        <translation>Dolor medio (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps × mean pain</source>
        <translation>Calambres × dolor medio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps × mean pain sums up what was recorded in each week; it is not a validated score. A week whose nights were not recorded shows —, not 0.</source>
        <translation>Calambres × dolor medio resume lo registrado en cada semana; no es una puntuación validada. Una semana cuyas noches no se registraron muestra —, no 0.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Red-flag entries (%1)</source>
        <translation>Entradas con señales de alarma (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-262"/>
        <source>Red-flag entries</source>
        <translation>Entradas con señales de alarma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entry in this period had a warning sign ticked or was outside the legs.</source>
        <translation>Ninguna entrada de este periodo tenía una señal de alarma marcada ni estaba fuera de las piernas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All medicine changes in this period</source>
        <translation>Todos los cambios de medicamento de este periodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions for the provider</source>
        <translation>Preguntas para el médico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the provider may ask</source>
        <translation>Lo que puede preguntar el médico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes for the appointment</source>
        <translation>Notas para la cita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All cramp episodes (%1)</source>
        <translation>Todos los episodios de calambre (%1)</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/report_front.py" line="-63"/>
        <source>%1 cramps per affected night</source>
        <translation>%1 calambres por noche afectada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cramp at night</source>
        <translation>ningún calambre por la noche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest %1</source>
        <translation>el más largo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no duration recorded</source>
        <translation>ninguna duración registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>worst %1 · %2 rated</source>
        <translation>el peor %1 · %2 valorados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+396"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message numerus="yes">
        <location line="-392"/>
        <source>mean of %Ln score(s)</source>
        <translation>
            <numerusform>media de %Ln valoración</numerusform>
            <numerusform>media de %Ln valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps recorded</source>
        <translation>Calambres registrados</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation type="vanished">%1 por semana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nights with a cramp</source>
        <translation>Noches con algún calambre</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>recorded; %Ln not recorded</source>
        <translation>
            <numerusform>registradas; %Ln sin registrar</numerusform>
            <numerusform>registradas; %Ln sin registrar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration, median</source>
        <translation>Duración, mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 10 minutes</source>
        <translation>Más de 10 minutos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln with a duration</source>
        <translation>
            <numerusform>de %Ln con duración</numerusform>
            <numerusform>de %Ln con duración</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain, median</source>
        <translation>Dolor, mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken</source>
        <translation>Noches en que le despertó</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln recorded night(s)</source>
        <translation>
            <numerusform>de %Ln noche registrada</numerusform>
            <numerusform>de %Ln noches registradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep disturbance (0–10)</source>
        <translation>Alteración del sueño (0–10)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>listed on page 2</source>
        <translation>en la página 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none in this period</source>
        <translation>ninguno en este periodo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Medicine started or stopped</source>
        <translation>Medicamento empezado o dejado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cramps per day</source>
        <translation>Calambres por día</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cramps per month</source>
        <translation>Calambres por mes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cramps per week (weeks from Monday)</source>
        <translation>Calambres por semana (semanas desde el lunes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time of day (hours)</source>
        <translation>Hora del día (horas)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln other area(s) and side(s)</source>
        <translation>
            <numerusform>%Ln combinación más de zona y lado</numerusform>
            <numerusform>%Ln combinaciones más de zona y lado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At night (20:00–08:00, or asleep or in bed)</source>
        <translation>De noche (20:00–08:00, o dormido o en la cama)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During the day</source>
        <translation>Durante el día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At rest (asleep, in bed or sitting)</source>
        <translation>En reposo (dormido, en la cama o sentado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>During or after exercise</source>
        <translation>Durante o después del ejercicio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What they were doing</source>
        <translation>Qué estaba haciendo</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+116"/>
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location line="-111"/>
        <source>When and doing what</source>
        <translation>Cuándo y haciendo qué</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The period is too short to compare.</source>
        <translation>El periodo es demasiado corto para comparar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First 2 weeks</source>
        <translation>2 primeras semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First half</source>
        <translation>Primera mitad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 2 weeks</source>
        <translation>2 últimas semanas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second half</source>
        <translation>Segunda mitad</translation>
    </message>
    <message>
        <source>Cramps per week</source>
        <translation type="vanished">Calambres por semana</translation>
    </message>
    <message numerus="yes">
        <location line="-205"/>
        <source>%1 per week over %Ln recorded day(s)</source>
        <translation>
            <numerusform>%1 por semana en %Ln día registrado</numerusform>
            <numerusform>%1 por semana en %Ln días registrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>Recorded days</source>
        <translation>Días registrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cramps per week of recorded days</source>
        <translation>Calambres por semana de días registrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median pain</source>
        <translation>Mediana del dolor</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Days over the current fluid limit</source>
        <translation>Días por encima del límite de líquidos actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>on %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+2"/>
        <source>Water goal reached</source>
        <translation>Objetivo de agua alcanzado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no daily goal set</source>
        <translation>sin objetivo diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1 days with a goal</source>
        <translation>en %1 días con objetivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bedtime routine done</source>
        <translation>Rutina antes de dormir hecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 nights (%2)</source>
        <translation>%1 noches (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drinks logged</source>
        <translation>Bebidas anotadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breaks from sitting</source>
        <translation>Pausas de estar sentado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <location filename="../../spasm_desktop/ui/record/report_words.py" line="+20"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
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
        <translation>Veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median time to relief</source>
        <translation>Mediana del tiempo hasta el alivio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No relief method was recorded.</source>
        <translation>No se registró ningún método de alivio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-care</source>
        <translation>Cuidados en casa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days before</source>
        <translation>Calambres en los 14 días anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cramps in the 14 days from the change</source>
        <translation>Calambres en los 14 días desde el cambio</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln more change(s) in the appendix.</source>
        <translation>
            <numerusform>%Ln cambio más en el apéndice.</numerusform>
            <numerusform>%Ln cambios más en el apéndice.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No medicine was started or stopped in this period.</source>
        <translation>No se empezó ni se dejó ningún medicamento en este periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medicines started or stopped (cramps counted, no interpretation)</source>
        <translation>Medicamentos empezados o dejados (calambres contados, sin interpretación)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>median %1, worst %2 (%3 rated)</source>
        <translation>mediana %1, el peor %2 (%3 valorados)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 woken; mean score %2</source>
        <translation>%1 le despertaron; valoración media %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln night(s)</source>
        <translation>
            <numerusform>%Ln noche</numerusform>
            <numerusform>%Ln noches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intense pain (0–10)</source>
        <translation>Dolor intenso (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 minutes or less</source>
        <translation>10 minutos o menos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln with a duration</source>
        <translation>
            <numerusform>%1 de %Ln con duración</numerusform>
            <numerusform>%1 de %Ln con duración</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the calf or foot</source>
        <translation>En la pantorrilla o el pie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sore the next day</source>
        <translation>Dolor al día siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep disruption</source>
        <translation>Alteración del sueño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features of typical night leg cramps, as recorded (data only)</source>
        <translation>Rasgos de los calambres nocturnos de pierna típicos, según lo registrado (solo datos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated %1 %2 by Spasm Desktop %3</source>
        <translation>Generado el %1 a las %2 por Spasm Desktop %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This app offers general wellness information and reminders. It is not medical advice and does not diagnose, treat or cure any condition. Figures are counts of what the person recorded; they do not show causes.</source>
        <translation>Esta aplicación ofrece información y recordatorios de bienestar general. No es consejo médico y no diagnostica, trata ni cura ninguna enfermedad. Las cifras son recuentos de lo que registró la persona; no muestran causas.</translation>
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
        <translation>empezado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>dejado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patient-reported data; not validated; not a diagnosis.</source>
        <translation>Datos comunicados por el paciente; no validados; no es un diagnóstico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cramps were recorded in this period.</source>
        <translation>No se registraron calambres en este periodo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cramp area: %1</source>
        <translation>zona del calambre: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more cramps since a new medicine</source>
        <translation>más calambres desde un medicamento nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cramps on most nights</source>
        <translation>calambres la mayoría de las noches</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/relief/relief_windows.py" line="+168"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Learn page could not be loaded.</source>
        <translation>No se pudo cargar la página Aprender.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/checkin.py" line="-51"/>
        <source>Already in your diary for this night: %n cramp(s). Count only any others.</source>
        <translation>
            <numerusform>Ya en su diario para esta noche: %n calambre. Cuente solo los demás, si los hubo.</numerusform>
            <numerusform>Ya en su diario para esta noche: %n calambres. Cuente solo los demás, si los hubo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/held_notice.py" line="+16"/>
        <source>Spasm Desktop could not save %n record(s) before quitting, because the records database can&apos;t be written to right now.</source>
        <translation>
            <numerusform>Spasm Desktop no pudo guardar %n registro antes de cerrarse, porque ahora mismo no se puede escribir en la base de datos de registros.</numerusform>
            <numerusform>Spasm Desktop no pudo guardar %n registros antes de cerrarse, porque ahora mismo no se puede escribir en la base de datos de registros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is lost: they are kept in the file %1 and will be added to your records the next time Spasm Desktop starts. Please leave that file where it is.</source>
        <translation>No se pierde nada: se guardan en el archivo %1 y se añadirán a sus registros la próxima vez que se inicie Spasm Desktop. Deje ese archivo donde está.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some records are kept for later</source>
        <translation>Algunos registros se guardan para más tarde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Spasm Desktop could not save %n record(s) before quitting: neither the records database nor any folder for a recovery file can be written to, so they are lost.</source>
        <translation>
            <numerusform>Spasm Desktop no pudo guardar %n registro antes de cerrarse: no se puede escribir ni en la base de datos de registros ni en ninguna carpeta para un archivo de recuperación, así que se ha perdido.</numerusform>
            <numerusform>Spasm Desktop no pudo guardar %n registros antes de cerrarse: no se puede escribir ni en la base de datos de registros ni en ninguna carpeta para un archivo de recuperación, así que se han perdido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the disk is not full or read-only before you start Spasm Desktop again.</source>
        <translation>Compruebe que el disco no esté lleno ni sea de solo lectura antes de volver a iniciar Spasm Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some records could not be saved</source>
        <translation>Algunos registros no se pudieron guardar</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/popup.py" line="-380"/>
        <source>I &amp;drank a glass</source>
        <translation>&amp;Bebí un vaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show me</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done, I moved</source>
        <translation>&amp;Hecho, me he movido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;routine</source>
        <translation>Empezar la &amp;rutina</translation>
    </message>
    <message>
        <location line="+399"/>
        <source>Cramp now? Choose “Cramp now” in the tray menu. When to see a doctor: “Learn about cramps”.</source>
        <translation>¿Tiene un calambre ahora? Elija «Calambre ahora» en el menú de la bandeja del sistema. Cuándo ir al médico: «Aprender sobre los calambres».</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/reminder_presenter.py" line="+174"/>
        <source>Reminders: %1</source>
        <translation>Recordatorios: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sample reminder</source>
        <translation>Recordatorio de ejemplo</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>All done</source>
        <translation>Todo hecho</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Snooze all %n minutes</source>
        <translation>
            <numerusform>Posponer todos %n minuto</numerusform>
            <numerusform>Posponer todos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip all</source>
        <translation>Omitir todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I drank a glass</source>
        <translation>Bebí un vaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done, I moved</source>
        <translation>Hecho, me he movido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip tonight</source>
        <translation>Omitir esta noche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Snooze %n minutes</source>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/salvaged.py" line="-1"/>
        <source>%n drink(s)</source>
        <translation>
            <numerusform>%n bebida</numerusform>
            <numerusform>%n bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s) from sitting</source>
        <translation>
            <numerusform>%n pausa de estar sentado</numerusform>
            <numerusform>%n pausas de estar sentado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stretch routine(s)</source>
        <translation>
            <numerusform>%n rutina de estiramientos</numerusform>
            <numerusform>%n rutinas de estiramientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n medicamento</numerusform>
            <numerusform>%n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n health profile answer(s)</source>
        <translation>
            <numerusform>%n respuesta del perfil de salud</numerusform>
            <numerusform>%n respuestas del perfil de salud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) of water goals</source>
        <translation>
            <numerusform>%n día de objetivos de agua</numerusform>
            <numerusform>%n días de objetivos de agua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n morning check-in answer(s)</source>
        <translation>
            <numerusform>%n respuesta al control de la mañana</numerusform>
            <numerusform>%n respuestas al control de la mañana</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>drinks</source>
        <translation>bebidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cramps</source>
        <translation>calambres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks from sitting</source>
        <translation>pausas de estar sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch routines</source>
        <translation>rutinas de estiramientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicines</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health profile</source>
        <translation>perfil de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>water goals</source>
        <translation>objetivos de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in answers</source>
        <translation>respuestas al control de la mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder timers</source>
        <translation>temporizadores de recordatorios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your record was damaged (the file on the disk could not be read in full), so Spasm Desktop made a new one from everything that could still be read.</source>
        <translation>Su registro estaba dañado (el archivo del disco no se pudo leer entero), así que Spasm Desktop creó uno nuevo con todo lo que aún se podía leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered: %1.</source>
        <translation>Recuperado: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from the damaged file.</source>
        <translation>No se pudo leer nada del archivo dañado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some entries could not be read: %1.</source>
        <translation>Algunas entradas no se pudieron leer: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A daily backup can bring back what is missing: My record → Your data → Restore adds only what is not already here.</source>
        <translation>Una copia de seguridad diaria puede recuperar lo que falta: Mi registro → Sus datos → Restaurar añade solo lo que no está ya aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything could be read; nothing was lost.</source>
        <translation>Se pudo leer todo; no se perdió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged file is kept, unchanged, at %1.</source>
        <translation>El archivo dañado se conserva, sin cambios, en %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your record was repaired</source>
        <translation>Su registro se ha reparado</translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/reminders/status_view.py" line="+138"/>
        <source>Your settings file could not be read, so the defaults are used. </source>
        <translation>No se pudo leer su archivo de ajustes, así que se usan los valores predeterminados. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some settings were invalid and were reset: %1. </source>
        <translation>Algunos ajustes no eran válidos y se restablecieron: %1. </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old file was kept as %1.</source>
        <translation>El archivo antiguo se guardó como %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings reset</source>
        <translation>Ajustes restablecidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Records problem</source>
        <translation>Problema con los registros</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You have no daily water goal, so your reminders keep coming as usual.</source>
        <translation>No tiene un objetivo diario de agua, así que sus recordatorios siguen llegando como siempre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s water goal is %1.</source>
        <translation>El objetivo de agua de hoy es %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hot day or workout day</source>
        <translation>Día de calor o de entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small, frequent sips work better than large drinks, and it is best not to exercise in extreme heat.</source>
        <translation>Los sorbos pequeños y frecuentes funcionan mejor que beber mucho de una vez, y es mejor no hacer ejercicio con calor extremo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spasm Desktop can&apos;t write to its data folder, %1: it is read-only, belongs to someone else or was removed. Your reminders keep running, and what you log is kept in memory until it can be saved (on Quit, in a file that the next start adds). To fix it, make that folder yours and writable again, or check the disk.</source>
        <translation>Spasm Desktop no puede escribir en su carpeta de datos, %1: es de solo lectura, pertenece a otra persona o se ha eliminado. Sus recordatorios siguen funcionando, y lo que anote se guarda en la memoria hasta que se pueda guardar (al salir, en un archivo que se añade en el siguiente inicio). Para solucionarlo, vuelva a hacer suya esa carpeta y que se pueda escribir en ella, o revise el disco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your records can&apos;t be saved right now (%1). Reminders keep running, and what you log is kept in memory and saved as soon as the database is writable again.</source>
        <translation>Ahora mismo no se pueden guardar sus registros (%1). Los recordatorios siguen funcionando, y lo que anote se guarda en la memoria y se guardará en cuanto se pueda volver a escribir en la base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your records file is damaged (%1) and could not be repaired, so it was left unchanged. Reminders keep running, but what you log now is kept only while the app runs. Make sure the data folder has free space and can be written to, then start Spasm Desktop again.</source>
        <translation>Su archivo de registros está dañado (%1) y no se pudo reparar, así que se dejó sin cambios. Los recordatorios siguen funcionando, pero lo que anote ahora solo se conserva mientras la aplicación esté abierta. Compruebe que la carpeta de datos tiene espacio libre y que se puede escribir en ella, y vuelva a iniciar Spasm Desktop.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No system tray was found, so Spasm Desktop lives in this window. Closing it keeps reminders running; start Spasm Desktop again to bring it back.</source>
        <translation>No se encontró ninguna bandeja del sistema, así que Spasm Desktop vive en esta ventana. Al cerrarla, los recordatorios siguen funcionando; vuelva a iniciar Spasm Desktop para que reaparezca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/reminders/tray.py" line="-210"/>
        <source>%n reminder(s) will come when you are free</source>
        <translation>
            <numerusform>%n recordatorio llegará cuando esté libre</numerusform>
            <numerusform>%n recordatorios llegarán cuando esté libre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/player_parts.py" line="+29"/>
        <source>This step lasts %n second(s)</source>
        <translation>
            <numerusform>Este paso dura %n segundo</numerusform>
            <numerusform>Este paso dura %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/routines/routine_launcher.py" line="+81"/>
        <source>Routine files not loaded</source>
        <translation>Archivos de rutinas no cargados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These routine files could not be used: %1. Everything else works; &apos;spasm-desktop routine list&apos; shows what is wrong in each.</source>
        <translation>No se pudieron usar estos archivos de rutinas: %1. Todo lo demás funciona; &apos;spasm-desktop routine list&apos; muestra qué falla en cada uno.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No routine</source>
        <translation>Ninguna rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine %1 could not be loaded.</source>
        <translation>No se pudo cargar la rutina %1.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A new, empty routine</source>
        <translation>Una rutina nueva, vacía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy of: %1</source>
        <translation>Copia de: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make or change a routine</source>
        <translation>Crear o cambiar una rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Empezar desde:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not available on this computer</source>
        <translation>no disponible en este ordenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available on this computer (install speech-dispatcher or espeak-ng)</source>
        <translation>no disponible en este ordenador (instale speech-dispatcher o espeak-ng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound: %1. Speech: %2.</source>
        <translation>Sonido: %1. Voz: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/routines/routine_player.py" line="-24"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Start at login</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm Desktop shows the new language the next time it starts. To see it now, quit Spasm Desktop from its tray menu and start it again.</source>
        <translation>Spasm Desktop mostrará el nuevo idioma la próxima vez que se inicie. Para verlo ahora, cierre Spasm Desktop desde su menú de la bandeja del sistema y vuelva a abrirlo.</translation>
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
            <numerusform>%n noche mostrada.</numerusform>
            <numerusform>%n noches mostradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n night(s) shown: the latest nights that are over, two months at most.</source>
        <translation>
            <numerusform>%n noche mostrada: las últimas noches ya terminadas, dos meses como máximo.</numerusform>
            <numerusform>%n noches mostradas: las últimas noches ya terminadas, dos meses como máximo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n in your diary</source>
        <translation>
            <numerusform>%n en su diario</numerusform>
            <numerusform>%n en su diario</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spasm_desktop/ui/record/bedside_sheet.py" line="+56"/>
        <source>In the night or in the morning, write one row. How many cramps: circle 0 for none, or 1, 2, 3 or more. Worst: write 0 (no pain) to 10 (worst pain). Where: %1. Tick “woke me” if they woke you, or “not sure”.</source>
        <translation>Por la noche o por la mañana, escriba una fila. Cuántos calambres: rodee 0 si ninguno, o 1, 2, 3 o más. El peor: escriba de 0 (sin dolor) a 10 (el peor dolor). Dónde: %1. Marque “me despertó” si le despertaron, o “no sé”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My nights: a bedside sheet</source>
        <translation>Mis noches: hoja para la mesita de noche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spasm Desktop: type these rows in with “Add nights” in the diary</source>
        <translation>Spasm Desktop: pase estas filas con “Añadir noches” en el diario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/your_data_parts.py" line="-142"/>
        <source>%Ln cramp episode(s)</source>
        <translation>
            <numerusform>%Ln episodio de calambre</numerusform>
            <numerusform>%Ln episodios de calambre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln drink(s)</source>
        <translation>
            <numerusform>%Ln bebida</numerusform>
            <numerusform>%Ln bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln guided routine(s)</source>
        <translation>
            <numerusform>%Ln rutina guiada</numerusform>
            <numerusform>%Ln rutinas guiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln break(s) from sitting</source>
        <translation>
            <numerusform>%Ln pausa de estar sentado</numerusform>
            <numerusform>%Ln pausas de estar sentado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln reminder record(s)</source>
        <translation>
            <numerusform>%Ln registro de recordatorios</numerusform>
            <numerusform>%Ln registros de recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln medicine(s)</source>
        <translation>
            <numerusform>%Ln medicamento</numerusform>
            <numerusform>%Ln medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln health profile answer(s)</source>
        <translation>
            <numerusform>%Ln respuesta del perfil de salud</numerusform>
            <numerusform>%Ln respuestas del perfil de salud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the water goal of %Ln day(s)</source>
        <translation>
            <numerusform>el objetivo de agua de %Ln día</numerusform>
            <numerusform>el objetivo de agua de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) of “%1”</source>
        <translation>
            <numerusform>%Ln registro de “%1”</numerusform>
            <numerusform>%Ln registros de “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>…and %Ln more problem(s).</source>
        <translation>
            <numerusform>…y %Ln problema más.</numerusform>
            <numerusform>…y %Ln problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spasm_desktop/ui/record/two_week_log_box.py" line="-8"/>
        <source>Your record began %n night(s) ago (%1 recorded), so a report cannot show two weeks yet. Seeing a clinician soon? A two-week log gives the report 14 recorded nights.</source>
        <translation>
            <numerusform>Su registro empezó hace %n noche (registradas: %1), así que un informe aún no puede mostrar dos semanas. ¿Va a ver pronto a un profesional sanitario? Un seguimiento de dos semanas le da al informe 14 noches registradas.</numerusform>
            <numerusform>Su registro empezó hace %n noches (registradas: %1), así que un informe aún no puede mostrar dos semanas. ¿Va a ver pronto a un profesional sanitario? Un seguimiento de dos semanas le da al informe 14 noches registradas.</numerusform>
        </translation>
    </message>
</context>
</TS>
