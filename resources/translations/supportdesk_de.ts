<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../ui/approvals_page.ui" line="+14"/>
        <location line="+32"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Load the pending credits again (F5); this also happens every 30 seconds.</source>
        <translation>Offene Gutschriften neu laden (F5); das geschieht auch alle 30 Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Credits above an agent&apos;s limit wait here, oldest first, until a supervisor other than the requester approves or rejects exactly what was proposed.</source>
        <translation>Hier warten Gutschriften, die das Limit des Agenten überschreiten – älteste zuerst. Eine andere Teamleitung als die anfragende Person gibt sie unverändert frei oder lehnt sie ab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pending credits, oldest first: ↑/↓ to choose, then Alt+A to approve or Alt+J to reject.</source>
        <translation>Offene Gutschriften, älteste zuerst: ↑/↓ zum Auswählen, dann Alt+F zum Freigeben oder Alt+B zum Ablehnen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Selected credit</source>
        <translation>Ausgewählte Gutschrift</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional when approving; required when rejecting: the requester reads it (Alt+N).</source>
        <translation>Beim Freigeben optional, beim Ablehnen Pflicht: die anfragende Person liest sie (Alt+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional to approve, required to reject</source>
        <translation>optional beim Freigeben, Pflicht beim Ablehnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../supportdesk/gui/approvals/page.py" line="+238"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/approvals/page.py" line="-141"/>
        <source>Approvals: load the pending credits again</source>
        <translation>Freigaben: offene Gutschriften neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals: back to the lookup</source>
        <translation>Freigaben: zurück zur Suche</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The credit you had selected ({0} miles for {1}) is no longer pending; someone else decided it.</source>
        <translation>Die ausgewählte Gutschrift ({0} Meilen für {1}) ist nicht mehr offen; jemand anderes hat entschieden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Updated {0} · refreshes every {1} s</source>
        <translation>Aktualisiert {0} · alle {1} s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not updated: {0}</source>
        <translation>Nicht aktualisiert: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing waiting.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} waiting, {1} of them yours</source>
        <translation>{0} offen, davon {1} von Ihnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} waiting</source>
        <translation>{0} offen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a credit in the list (arrow keys, Space or Enter).</source>
        <translation>Wählen Sie eine Gutschrift in der Liste (Pfeiltasten, Leertaste oder Eingabetaste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} miles · {1} for {2}</source>
        <translation>{0} Meilen · {1} für {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {0}</source>
        <translation>Grund: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by {0} on {1}, waiting {2}</source>
        <translation>Angefragt von {0} am {1}, wartet seit {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} · balance {1} miles</source>
        <translation>{0} · Meilenstand {1} Meilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: {0}</source>
        <translation>Referenz: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot approve your own credit; another supervisor must decide it.</source>
        <translation>Ihre eigene Gutschrift können Sie nicht freigeben; eine andere Teamleitung muss entscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: {0}</source>
        <translation>Offline: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Approve {0} miles</source>
        <translation>{0} Meilen &amp;freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit the miles to the member now (Alt+A); the note is optional.</source>
        <translation>Meilen jetzt dem Mitglied gutschreiben (Alt+F); die Notiz ist optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the credit (Alt+J); say why in the note.</source>
        <translation>Gutschrift ablehnen (Alt+B); nennen Sie den Grund in der Notiz.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>member {0}</source>
        <translation>Mitglied {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (member {1})</source>
        <translation>{0} (Mitglied {1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To reject, say why: {0}</source>
        <translation>Zum Ablehnen den Grund nennen: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Approve {0} miles?</source>
        <translation>{0} Meilen freigeben?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve {0} miles for {1}?

{2}, requested by {3}
Reason: {4}

The miles are credited to the account at once.</source>
        <translation>{0} Meilen für {1} freigeben?

{2}, angefragt von {3}
Grund: {4}

Die Meilen werden sofort dem Konto gutgeschrieben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not approved: {0} miles for {1} still wait.</source>
        <translation>Nicht freigegeben: {0} Meilen für {1} warten weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approval of credit #{0}: {1} miles</source>
        <translation>Freigabe der Gutschrift #{0}: {1} Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection of credit #{0}: {1} miles</source>
        <translation>Ablehnung der Gutschrift #{0}: {1} Meilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approving…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting…</source>
        <translation>Wird abgelehnt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approved {0} miles for {1}; they are on the account now.</source>
        <translation>{0} Meilen für {1} freigegeben; sie sind jetzt auf dem Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected {0} miles for {1}.</source>
        <translation>{0} Meilen für {1} abgelehnt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} The list was refreshed.</source>
        <translation>{0} Die Liste wurde aktualisiert.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../supportdesk/gui/audit/model.py" line="+26"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched members</source>
        <translation>Mitglieder gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the member</source>
        <translation>Mitglied geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the miles ledger</source>
        <translation>Meilenkonto gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened from the offline copy</source>
        <translation>Aus der Offline-Kopie geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed contact data</source>
        <translation>Kontaktdaten eingeblendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified the caller</source>
        <translation>Anrufende Person verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the profile</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited miles</source>
        <translation>Meilen gutgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed a credit</source>
        <translation>Gutschrift vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved a credit</source>
        <translation>Gutschrift freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected a credit</source>
        <translation>Gutschrift abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed the pending credits</source>
        <translation>Offene Gutschriften aufgelistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed an entry</source>
        <translation>Eintrag zurückgebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked an award</source>
        <translation>Prämienflug gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled an award</source>
        <translation>Prämienflug storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priced an upgrade</source>
        <translation>Upgrade-Preis abgefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked an upgrade</source>
        <translation>Upgrade gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed requests</source>
        <translation>Anfragen aufgelistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened a request</source>
        <translation>Anfrage geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed a request</source>
        <translation>Anfrage übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved a request</source>
        <translation>Anfrage genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected a request</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for information</source>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated a request</source>
        <translation>Anfrage eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded a refused write</source>
        <translation>Abgelehnte Änderung verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called the member back</source>
        <translation>Mitglied zurückgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security event</source>
        <translation>Sicherheitsereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit trail</source>
        <translation>Audit-Protokoll gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previewed a remediation</source>
        <translation>Bereinigung in der Vorschau angesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed a remediation batch</source>
        <translation>Bereinigungsstapel vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved a remediation batch</source>
        <translation>Bereinigungsstapel freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed a remediation batch</source>
        <translation>Bereinigungsstapel ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation batch finished</source>
        <translation>Bereinigungsstapel abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a remediation batch</source>
        <translation>Bereinigungsstapel gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported a remediation batch</source>
        <translation>Bereinigungsstapel exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation: entry skipped</source>
        <translation>Bereinigung: Eintrag übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation: entry failed</source>
        <translation>Bereinigung: Eintrag fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <location filename="../../supportdesk/gui/audit/page.py" line="+78"/>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every read of a member&apos;s account, every reveal and every write, newest first. Empty fields match everything; dates are your own days.</source>
        <translation>Jeder Zugriff auf ein Mitgliedskonto, jedes Einblenden und jede Änderung, neueste zuerst. Leere Felder passen auf alles; Datumsangaben sind Ihre lokalen Tage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Member number</source>
        <translation>&amp;Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agent (user name)</source>
        <translation>&amp;Agent (Benutzername)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tion</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an entry to see its detail.</source>
        <translation>Wählen Sie einen Eintrag, um die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every entry of the filter shown, newest first, at most {0}</source>
        <translation>Alle Einträge des angezeigten Filters, neueste zuerst, höchstens {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln Eintrag.</numerusform>
            <numerusform>%Ln Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The newest %Ln entries; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln Eintrag, der neueste; für ältere nach unten scrollen.</numerusform>
            <numerusform>Die neuesten %Ln Einträge; für ältere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Exported the newest %Ln entries to {0} and stopped there: an export holds at most that many. Narrow the filter for the rest.</source>
        <translation>
            <numerusform>%Ln Eintrag, der neueste, wurde nach {0} exportiert, dann wurde angehalten: Ein Export enthält höchstens so viele. Schränken Sie den Filter für den Rest ein.</numerusform>
            <numerusform>Die neuesten %Ln Einträge wurden nach {0} exportiert, dann wurde angehalten: Ein Export enthält höchstens so viele. Schränken Sie den Filter für den Rest ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln entries to {0}.</source>
        <translation>
            <numerusform>%Ln Eintrag nach {0} exportiert.</numerusform>
            <numerusform>%Ln Einträge nach {0} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Audit trail: search again</source>
        <translation>Audit-Protokoll: erneut suchen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>F&amp;rom (day)</source>
        <translation>&amp;Von (Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o (day)</source>
        <translation>&amp;Bis (Tag)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Audit trail: back to the lookup</source>
        <translation>Audit-Protokoll: zurück zur Suche</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No entries match this filter.</source>
        <translation>Keine Einträge passen zu diesem Filter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the audit trail</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting to {0}…</source>
        <translation>Export nach {0}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file could not be written: {0}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was exported. {0}</source>
        <translation>Nichts wurde exportiert. {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../ui/award_dialog.ui" line="+14"/>
        <source>Book award</source>
        <translation>Prämienflug buchen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Three-letter code of the departure airport, such as FRA (Alt+O).</source>
        <translation>Dreibuchstabiger Code des Abflughafens, z. B. FRA (Alt+V).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FRA</source>
        <translation>FRA</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Three-letter code of the arrival airport, such as JFK (Alt+T).</source>
        <translation>Dreibuchstabiger Code des Zielflughafens, z. B. JFK (Alt+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JFK</source>
        <translation>JFK</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day of departure. Alt+Down opens the calendar (Alt+D).</source>
        <translation>Abflugtag. Alt+Pfeil nach unten öffnet den Kalender (Alt+D).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Cabin</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cabin of the award (Alt+C).</source>
        <translation>Reiseklasse des Prämienflugs (Alt+K).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Passengers</source>
        <translation>&amp;Passagiere</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>1 to 9 passengers, all on this booking (Alt+P).</source>
        <translation>1 bis 9 Passagiere, alle in dieser Buchung (Alt+P).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search award seats on this day (Return, Alt+S)</source>
        <translation>Prämienplätze an diesem Tag suchen (Eingabe, Alt+S)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Flights</source>
        <translation>&amp;Flüge</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Award flights on this day: ↑/↓ choose a flight, Return books it (Alt+F).</source>
        <translation>Prämienflüge an diesem Tag: ↑/↓ wählt einen Flug, Eingabe bucht ihn (Alt+F).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The booking code: select it, or press Copy code, to give it to the caller.</source>
        <translation>Der Buchungscode: markieren oder „Code kopieren“ drücken, um ihn der anrufenden Person zu nennen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cop&amp;y code</source>
        <translation>Code k&amp;opieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the booking code to the clipboard</source>
        <translation>Buchungscode in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/awards/dialog.py" line="+71"/>
        <source>Book award — {0}</source>
        <translation>Prämienflug buchen — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>&amp;Book award</source>
        <translation>Prämienflug &amp;buchen</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Book again — {0}</source>
        <translation>Erneut buchen — {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not confirmed: {0} Change the day, cabin or route with the member and book again; it replaces the refused booking.</source>
        <translation>Nicht bestätigt: {0} Ändern Sie mit dem Mitglied Tag, Klasse oder Strecke und buchen Sie erneut; das ersetzt die abgelehnte Buchung.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The price appears here once both airports, the date and the passengers are valid.</source>
        <translation>Der Preis erscheint hier, sobald beide Flughäfen, das Datum und die Passagiere gültig sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the award chart (offline). Search to see the seats.</source>
        <translation>Aus der Prämientabelle (offline). Suchen Sie, um die Plätze zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Confirmed by the server.</source>
        <translation>✓ Vom Server bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server prices it at {0}; the server&apos;s price applies.</source>
        <translation>Der Server berechnet {0}; es gilt der Preis des Servers.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Book pro&amp;visionally</source>
        <translation>Vor&amp;läufig buchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline: the seats cannot be seen. Book provisionally (Return): when the backend is back, the first flight of the day with seats is booked; tell the member it is pending confirmation.</source>
        <translation>Offline: Die Plätze sind nicht sichtbar. Vorläufig buchen (Eingabe): Sobald das Backend wieder erreichbar ist, wird der erste Flug des Tages mit freien Plätzen gebucht; sagen Sie dem Mitglied, dass die Bestätigung aussteht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved provisionally: read the sentence below to the member.</source>
        <translation>Vorläufig gespeichert: Lesen Sie dem Mitglied den Satz unten vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Fill in the route, date and passengers, then Search.</source>
        <translation>Strecke, Datum und Passagiere eingeben, dann suchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Search (Return) to see the flights and seats.</source>
        <translation>„Suchen“ drücken (Eingabe), um Flüge und Plätze zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No award flights on this day; try another day.</source>
        <translation>Keine Prämienflüge an diesem Tag; versuchen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} flights with seats for {2}: choose one (Alt+F, ↑/↓), then Book (Return).</source>
        <translation>{0} von {1} Flügen mit Plätzen für {2}: einen wählen (Alt+F, ↑/↓), dann buchen (Eingabe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough miles for this award.</source>
        <translation>Nicht genug Meilen für diesen Prämienflug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name each passenger as on the ticket: given name and surname.</source>
        <translation>Jeden Passagier wie auf dem Ticket angeben: Vorname und Nachname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it as a provisional booking, confirmed when the backend is back</source>
        <translation>Als vorläufige Buchung speichern, bestätigt sobald das Backend wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search, then choose a flight with seats left.</source>
        <translation>Suchen, dann einen Flug mit freien Plätzen wählen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Book {0} for %n passenger(s)</source>
        <translation>
            <numerusform>{0} für %n Passagier buchen</numerusform>
            <numerusform>{0} für %n Passagiere buchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Award {0} {1}–{2} on {3}, {4}, %n passenger(s)</source>
        <translation>
            <numerusform>Prämienflug {0} {1}–{2} am {3}, {4}, %n Passagier</numerusform>
            <numerusform>Prämienflug {0} {1}–{2} am {3}, {4}, %n Passagiere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Award {0}–{1} on {2}, {3}, %n passenger(s): {4} miles (provisional)</source>
        <translation>
            <numerusform>Prämienflug {0}–{1} am {2}, {3}, %n Passagier: {4} Meilen (vorläufig)</numerusform>
            <numerusform>Prämienflug {0}–{1} am {2}, {3}, %n Passagiere: {4} Meilen (vorläufig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{0} The price above is from the award chart and holds offline; search again when the backend is back.</source>
        <translation>{0} Der Preis oben stammt aus der Prämientabelle und gilt offline; suchen Sie erneut, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Booking…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PENDING</source>
        <translation>AUSSTEHEND</translation>
    </message>
</context>
<context>
    <name>AwardForm</name>
    <message>
        <location filename="../../supportdesk/gui/awards/form.py" line="+52"/>
        <source>{0} miles + {1}</source>
        <translation>{0} Meilen + {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the number of passengers, 1 to {0}.</source>
        <translation>Geben Sie die Zahl der Passagiere ein, 1 bis {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passengers: a whole number from 1 to {0}.</source>
        <translation>Passagiere: eine ganze Zahl von 1 bis {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An award is for 1 to {0} passengers.</source>
        <translation>Ein Prämienflug gilt für 1 bis {0} Passagiere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date is in the past; today is {0} (UTC).</source>
        <translation>Das Datum liegt in der Vergangenheit; heute ist der {0} (UTC).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the 6-character booking code.</source>
        <translation>Geben Sie den 6-stelligen Buchungscode ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A booking code has 6 letters or digits, such as KX4T2B.</source>
        <translation>Ein Buchungscode hat 6 Buchstaben oder Ziffern, z. B. KX4T2B.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}–{1}: {2} km great-circle → zone {3}</source>
        <translation>{0}–{1}: {2} km Großkreis → Zone {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total for 1 passenger: {0}</source>
        <translation>Gesamt für 1 Passagier: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total for {0} passengers: {1}</source>
        <translation>Gesamt für {0} Passagiere: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} per passenger</source>
        <translation>{0}: {1} pro Passagier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} {1} − {2} {3} = {4} miles per passenger</source>
        <translation>{0} {1} − {2} {3} = {4} Meilen pro Passagier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Miles back: {0} − {1} cancellation fee = {2}</source>
        <translation>Meilen zurück: {0} − {1} Stornogebühr = {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance after: {0} → {1} miles; taxes and fees are refunded in full.</source>
        <translation>Meilenstand danach: {0} → {1} Meilen; Steuern und Gebühren werden vollständig erstattet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Passengers: {0}</source>
        <translation>Passagiere: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 passenger</source>
        <translation>1 Passagier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} passengers</source>
        <translation>{0} Passagiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}–{2} on {3} at {4} · {5} · {6}</source>
        <translation>{0} {1}–{2} am {3} um {4} · {5} · {6}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket {0} upgraded to {1}</source>
        <translation>Ticket {0} auf {1} hochgestuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} taxes and fees · balance now {1} miles</source>
        <translation>{0} Steuern und Gebühren · Meilenstand jetzt {1} Meilen</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../supportdesk/gui/remediation/model.py" line="+112"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed by</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To reverse</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../supportdesk/gui/awards/booking.py" line="+78"/>
        <source>{0} · {1} · {2} · balance {3} miles</source>
        <translation>{0} · {1} · {2} · Meilenstand {3} Meilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balance {0} miles → {1} miles after booking.</source>
        <translation>Meilenstand {0} Meilen → {1} Meilen nach der Buchung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough miles: the balance is {0}, this needs {1} ({2} short).</source>
        <translation>Nicht genug Meilen: Der Meilenstand ist {0}, benötigt werden {1} ({2} fehlen).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copied {0}.</source>
        <translation>{0} kopiert.</translation>
    </message>
</context>
<context>
    <name>Cabin</name>
    <message>
        <location filename="../../supportdesk/gui/awards/form.py" line="-143"/>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium Economy</source>
        <translation>Premium Economy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>First</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <location filename="../../ui/calculator_dialog.ui" line="+14"/>
        <location filename="../../supportdesk/gui/calculator/dialog.py" line="+72"/>
        <source>Mileage calculator</source>
        <translation>Meilenrechner</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Departure airport, such as FRA (Alt+O).</source>
        <translation>Abflughafen, z. B. FRA (Alt+V).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FRA</source>
        <translation>FRA</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrival airport, such as JFK (Alt+T).</source>
        <translation>Zielflughafen, z. B. JFK (Alt+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JFK</source>
        <translation>JFK</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Booking c&amp;lass</source>
        <translation>Buchungs&amp;klasse</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The one-letter booking class, such as M or J (Alt+L).</source>
        <translation>Die Buchungsklasse (ein Buchstabe), z. B. M oder J (Alt+K).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>T&amp;ier</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status tier: the bonus on top of the flight&apos;s miles (Alt+I).</source>
        <translation>Statusstufe: der Bonus zusätzlich zu den Flugmeilen (Alt+S).</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/calculator/dialog.py" line="-1"/>
        <source>Mileage calculator — {0}</source>
        <translation>Meilenrechner — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Works offline with the calculator the server uses for retro claims.</source>
        <translation>Funktioniert offline mit dem Rechner, den der Server für Nachbuchungen verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier of {0} ({1}); works offline with the calculator the server uses.</source>
        <translation>Status von {0} ({1}); funktioniert offline mit dem Rechner, den der Server verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another tier than {0}&apos;s ({1}): a what-if.</source>
        <translation>Ein anderer Status als der von {0} ({1}): eine Was-wäre-wenn-Rechnung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} miles</source>
        <translation>{0} Meilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The miles appear here once both airports and the booking class are valid.</source>
        <translation>Die Meilen erscheinen hier, sobald beide Flughäfen und die Buchungsklasse gültig sind.</translation>
    </message>
</context>
<context>
    <name>CancelAwardDialog</name>
    <message>
        <location filename="../../ui/cancel_award_dialog.ui" line="+14"/>
        <source>Cancel award</source>
        <translation>Prämienflug stornieren</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Booking &amp;code</source>
        <translation>Buchungs&amp;code</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The award&apos;s 6-character booking code; the ledger shows it as the reference of the award (Alt+C).</source>
        <translation>Der 6-stellige Buchungscode des Prämienflugs; das Meilenkonto zeigt ihn als Referenz des Prämienflugs (Alt+C).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KX4T2B</source>
        <translation>KX4T2B</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the award is cancelled, for the statement and the audit (required, Alt+R).</source>
        <translation>Warum der Prämienflug storniert wird, für den Kontoauszug und das Audit (Pflicht, Alt+G).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Member changed plans</source>
        <translation>z. B. Mitglied hat Pläne geändert</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/awards/cancel.py" line="+55"/>
        <source>Cancel &amp;award</source>
        <translation>Prämienflug &amp;stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel award — {0}</source>
        <translation>Prämienflug stornieren — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · {1} · balance {2} miles</source>
        <translation>{0} · {1} · Meilenstand {2} Meilen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} · {1} miles on {2}</source>
        <translation>{0} · {1} Meilen am {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not among the ledger entries loaded; the server checks that {0} is this member&apos;s award.</source>
        <translation>Nicht unter den geladenen Kontoeinträgen; der Server prüft, ob {0} ein Prämienflug dieses Mitglieds ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The ledger already shows award {0} as cancelled.</source>
        <translation>Das Meilenkonto zeigt Prämienflug {0} bereits als storniert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancellation of award {0}: {1}</source>
        <translation>Stornierung des Prämienflugs {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling…</source>
        <translation>Wird storniert…</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../supportdesk/gui/palette.py" line="+104"/>
        <source>Run a command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type what you want to do, e.g. credit</source>
        <translation>Geben Sie ein, was Sie tun möchten, z. B. gutschreiben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} (not possible here)</source>
        <translation>{0} (hier nicht möglich)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No command has that name.</source>
        <translation>Kein Befehl hat diesen Namen.</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../ui/credit_dialog.ui" line="+14"/>
        <source>Credit miles</source>
        <translation>Meilen gutschreiben</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goodwill: a gesture for a complaint. Correction: fixes a wrong posting. Retro claim: miles for a flown flight that was not credited (Alt+K).</source>
        <translation>Kulanz: eine Geste bei einer Beschwerde. Korrektur: berichtigt eine falsche Buchung. Nachbuchung: Meilen für einen geflogenen, nicht gutgeschriebenen Flug (Alt+A).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retro claim</source>
        <translation>Nachbuchung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Miles</source>
        <translation>&amp;Meilen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Whole miles from 1 to 1,000,000; 1,500 and 1500 both work (Alt+M).</source>
        <translation>Ganze Meilen von 1 bis 1.000.000; 1.500 und 1500 gehen beide (Alt+M).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1,500</source>
        <translation>z. B. 1.500</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why the member gets these miles, for the statement and the audit (required, Alt+R).</source>
        <translation>Warum das Mitglied diese Meilen erhält, für den Kontoauszug und das Audit (Pflicht, Alt+G).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Delayed baggage on LH400, case 4711</source>
        <translation>z. B. Verspätetes Gepäck auf LH400, Vorgangsnr. 4711</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>R&amp;eference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Optional: complaint case, ticket or ledger entry this credit belongs to (Alt+E).</source>
        <translation>Optional: Beschwerdefall, Ticket oder Kontoeintrag, zu dem diese Gutschrift gehört (Alt+R).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../supportdesk/gui/credits/dialog.py" line="+242"/>
        <source>optional, e.g. case 4711</source>
        <translation>optional, z. B. Vorgangsnr. 4711</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flight of the retro claim</source>
        <translation>Flug der Nachbuchung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>T&amp;icket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The 13-digit e-ticket number, spaces and dashes allowed (Alt+I).</source>
        <translation>Die 13-stellige E-Ticket-Nummer, Leerzeichen und Bindestriche erlaubt (Alt+T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>220 1234567890</source>
        <translation>220 1234567890</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flight &amp;number</source>
        <translation>Flug&amp;nummer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Airline code and number, such as LH400 (Alt+N).</source>
        <translation>Airline-Code und Nummer, z. B. LH400 (Alt+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LH400</source>
        <translation>LH400</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Flight &amp;date</source>
        <translation>Flug&amp;datum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date of departure (UTC). Flights of the last 6 months can be claimed; Alt+Down opens the calendar (Alt+D).</source>
        <translation>Abflugdatum (UTC). Flüge der letzten 6 Monate können nachgebucht werden; Alt+Pfeil nach unten öffnet den Kalender (Alt+D).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Booking c&amp;lass</source>
        <translation>Buchungs&amp;klasse</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The one-letter booking class on the ticket, such as Y or M (Alt+L).</source>
        <translation>Die Buchungsklasse auf dem Ticket (ein Buchstabe), z. B. Y oder M (Alt+K).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Three-letter code of the departure airport, such as FRA (Alt+O).</source>
        <translation>Dreibuchstabiger Code des Abflughafens, z. B. FRA (Alt+V).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FRA</source>
        <translation>FRA</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;To</source>
        <translation>Na&amp;ch</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Three-letter code of the arrival airport, such as JFK (Alt+T).</source>
        <translation>Dreibuchstabiger Code des Zielflughafens, z. B. JFK (Alt+C).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JFK</source>
        <translation>JFK</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Calculated here with the programme&apos;s mileage calculator; the server calculates again when the claim is sent.</source>
        <translation>Hier mit dem Meilenrechner des Programms berechnet; der Server rechnet beim Senden der Nachbuchung erneut.</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/credits/dialog.py" line="-85"/>
        <source>Flights from {0} to today ({1}, UTC) can be claimed: up to 6 months back. The server prices the claim with the same calculator.</source>
        <translation>Flüge vom {0} bis heute ({1}, UTC) können nachgebucht werden: bis zu 6 Monate zurück. Der Server bewertet die Nachbuchung mit demselben Rechner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · {1} · {2} · balance {3} miles</source>
        <translation>{0} · {1} · {2} · Meilenstand {3} Meilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit miles — {0}</source>
        <translation>Meilen gutschreiben — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit and send again — {0}</source>
        <translation>Bearbeiten und erneut senden — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend refused it: {0} Change what it objected to; it is sent as a new credit.</source>
        <translation>Das Backend hat abgelehnt: {0} Ändern Sie, was beanstandet wurde; es wird als neue Gutschrift gesendet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>taken from the flight</source>
        <translation>aus dem Flug übernommen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The miles appear here once the booking class and both airports are valid.</source>
        <translation>Die Meilen erscheinen hier, sobald die Buchungsklasse und beide Flughäfen gültig sind.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; you credited {0} miles today</source>
        <translation>; heute haben Sie {0} Meilen gutgeschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; today&apos;s total could not be checked — the server decides</source>
        <translation>; die heutige Summe konnte nicht geprüft werden — der Server entscheidet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; checking today&apos;s total…</source>
        <translation>; heutige Summe wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your limits: {0} miles per credit, {1} miles per day{2}.</source>
        <translation>Ihre Limits: {0} Meilen pro Gutschrift, {1} Meilen pro Tag{2}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still needed: {0}.</source>
        <translation>Noch erforderlich: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs a supervisor&apos;s approval: {0} miles is above your limit of {1} miles per credit. The member gets the miles when another supervisor approves.</source>
        <translation>Freigabe durch die Teamleitung nötig: {0} Meilen liegen über Ihrem Limit von {1} Meilen pro Gutschrift. Das Mitglied erhält die Meilen, sobald eine andere Teamleitung freigibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs a supervisor&apos;s approval: with the {0} miles you credited today this is above your daily limit of {1} miles.</source>
        <translation>Freigabe durch die Teamleitung nötig: Mit den heute gutgeschriebenen {0} Meilen liegt dies über Ihrem Tageslimit von {1} Meilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within your limits: {0} miles are credited at once.</source>
        <translation>Innerhalb Ihrer Limits: {0} Meilen werden sofort gutgeschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit for &amp;approval</source>
        <translation>Zur &amp;Freigabe einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credit miles</source>
        <translation>Meilen gut&amp;schreiben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}: {1} miles — {2}</source>
        <translation>{0}: {1} Meilen — {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>CreditForm</name>
    <message>
        <location line="-361"/>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flight number</source>
        <translation>Flugnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flight date</source>
        <translation>Flugdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking class</source>
        <translation>Buchungsklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/credits/form.py" line="+53"/>
        <source>Enter the miles to credit (1 to 1,000,000).</source>
        <translation>Geben Sie die gutzuschreibenden Meilen ein (1 bis 1.000.000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Miles must be positive; to take miles away, a supervisor reverses the entry.</source>
        <translation>Meilen müssen positiv sein; um Meilen abzuziehen, bucht eine Teamleitung den Eintrag zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole miles only, such as 1,500.</source>
        <translation>Nur ganze Meilen, z. B. 1.500.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles are digits only, such as 1,500.</source>
        <translation>Meilen bestehen nur aus Ziffern, z. B. 1.500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit at least 1 mile.</source>
        <translation>Schreiben Sie mindestens 1 Meile gut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 1,000,000 miles per credit.</source>
        <translation>Höchstens 1.000.000 Meilen pro Gutschrift.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required: say why, in at least {0} characters.</source>
        <translation>Pflichtfeld: Nennen Sie den Grund, mit mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contains control characters; retype it.</source>
        <translation>Enthält Steuerzeichen; bitte neu eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: at least {0} characters.</source>
        <translation>Zu kurz: mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: at most {0} characters.</source>
        <translation>Zu lang: höchstens {0} Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the flight number, such as LH400.</source>
        <translation>Geben Sie die Flugnummer ein, z. B. LH400.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A flight number is the airline code and 1 to 4 digits, such as LH400.</source>
        <translation>Eine Flugnummer besteht aus dem Airline-Code und 1 bis 4 Ziffern, z. B. LH400.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the 13-digit e-ticket number.</source>
        <translation>Geben Sie die 13-stellige E-Ticket-Nummer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-ticket number has 13 digits; this has {0}.</source>
        <translation>Eine E-Ticket-Nummer hat 13 Ziffern; diese hat {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An e-ticket number has 13 digits only.</source>
        <translation>Eine E-Ticket-Nummer besteht nur aus 13 Ziffern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The flight date is in the future.</source>
        <translation>Das Flugdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flights before {0} are older than 6 months and cannot be claimed retroactively.</source>
        <translation>Flüge vor dem {0} sind älter als 6 Monate und können nicht nachgebucht werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the booking class, a single letter such as Y.</source>
        <translation>Geben Sie die Buchungsklasse ein, einen Buchstaben wie Y.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A booking class is a single letter A to Z, such as Y.</source>
        <translation>Eine Buchungsklasse ist ein einzelner Buchstabe von A bis Z, z. B. Y.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking class {0} is not sold on our flights.</source>
        <translation>Buchungsklasse {0} wird auf unseren Flügen nicht verkauft.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the three-letter airport code, such as FRA.</source>
        <translation>Geben Sie den dreibuchstabigen Flughafencode ein, z. B. FRA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An airport code has three letters, such as FRA.</source>
        <translation>Ein Flughafencode hat drei Buchstaben, z. B. FRA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no airport with the code {0}.</source>
        <translation>Es gibt keinen Flughafen mit dem Code {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The destination is the same airport as the origin.</source>
        <translation>Das Ziel ist derselbe Flughafen wie der Abflugort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}–{1}: {2} miles great-circle ({3} km)</source>
        <translation>{0}–{1}: {2} Meilen Großkreis ({3} km)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class {0} ({1}): {2} % → {3} miles</source>
        <translation>Klasse {0} ({1}): {2} % → {3} Meilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum for class {0}: {1} miles</source>
        <translation>Minimum für Klasse {0}: {1} Meilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} bonus: +{1} % → {2} miles</source>
        <translation>{0}-Bonus: +{1} % → {2} Meilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} tier: no bonus</source>
        <translation>Status {0}: kein Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: {0} miles</source>
        <translation>Gesamt: {0} Meilen</translation>
    </message>
</context>
<context>
    <name>CreditKind</name>
    <message>
        <location line="-176"/>
        <source>Goodwill</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retro claim</source>
        <translation>Nachbuchung</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="+14"/>
        <source>Decide request</source>
        <translation>Anfrage entscheiden</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grant the request; the customer gets the reply (Alt+A)</source>
        <translation>Der Anfrage stattgeben; der Kunde erhält die Antwort (Alt+G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refuse the request; the reply says why (Alt+R)</source>
        <translation>Die Anfrage ablehnen; die Antwort nennt den Grund (Alt+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the customer for what is missing; the request waits for the answer (Alt+I)</source>
        <translation>Den Kunden um Fehlendes bitten; die Anfrage wartet auf die Antwort (Alt+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs &amp;info</source>
        <translation>&amp;Rückfrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand the request to a supervisor; the reply is optional (Alt+E)</source>
        <translation>Die Anfrage an die Teamleitung übergeben; die Antwort ist optional (Alt+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For colleagues and the audit trail, not the customer; required (Alt+N)</source>
        <translation>Für Kollegen und das Audit-Protokoll, nicht für den Kunden; Pflicht (Alt+N)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why you decide so — required, for colleagues and the audit trail</source>
        <translation>Warum Sie so entscheiden — Pflicht, für Kollegen und das Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../supportdesk/gui/queue/dialog.py" line="+224"/>
        <source>Customer re&amp;ply</source>
        <translation>Ant&amp;wort an den Kunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the customer receives; drafted from the template, edit it freely (Alt+P)</source>
        <translation>Was der Kunde erhält; aus der Vorlage entworfen, frei bearbeitbar (Alt+W)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a decision first: the reply is drafted from a template</source>
        <translation>Wählen Sie zuerst eine Entscheidung: Die Antwort wird aus einer Vorlage entworfen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Replace the reply with the template for the chosen decision; Ctrl+Z undoes it (Alt+D)</source>
        <translation>Die Antwort durch die Vorlage der gewählten Entscheidung ersetzen; Strg+Z macht es rückgängig (Alt+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-&amp;draft</source>
        <translation>&amp;Vorlage einsetzen</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/queue/dialog.py" line="-170"/>
        <source>Required: say why you decide so, in at least {0} characters.</source>
        <translation>Pflichtfeld: Nennen Sie den Grund Ihrer Entscheidung, mit mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required: write the reply the customer gets.</source>
        <translation>Pflichtfeld: Schreiben Sie die Antwort an den Kunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in or remove {0} before sending.</source>
        <translation>Füllen Sie {0} aus oder entfernen Sie es vor dem Senden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Send decision</source>
        <translation>Entscheidung &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the decision and the reply (Ctrl+Enter)</source>
        <translation>Entscheidung und Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Decide request #{0} — {1}</source>
        <translation>Anfrage #{0} entscheiden — {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#{0} · {1} · {2} · booking {3} · {4} {5}–{6} on {7} · {8}</source>
        <translation>#{0} · {1} · {2} · Buchung {3} · {4} {5}–{6} am {7} · {8}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assigned to {0}; you decide as a supervisor.</source>
        <translation>Zugewiesen an {0}; Sie entscheiden als Teamleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currently: {0}.</source>
        <translation>Aktuell: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit and send again — request #{0} — {1}</source>
        <translation>Bearbeiten und erneut senden — Anfrage #{0} — {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend refused it: {0} Change what it objected to; it is sent as a new decision.</source>
        <translation>Das Backend hat abgelehnt: {0} Ändern Sie, was beanstandet wurde; es wird als neue Entscheidung gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reply&apos;s language: the member&apos;s profile language where there is a template for it (Alt+G)</source>
        <translation>Die Sprache der Antwort: die Profilsprache des Mitglieds, sofern es dafür eine Vorlage gibt (Alt+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a decision: Alt+A approve, Alt+R reject, Alt+I needs info, Alt+E escalate.</source>
        <translation>Wählen Sie eine Entscheidung: Alt+G genehmigen, Alt+A ablehnen, Alt+R Rückfrage, Alt+E eskalieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is closed as approved; the customer gets the reply.</source>
        <translation>Die Anfrage wird als genehmigt geschlossen; der Kunde erhält die Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is closed as rejected; the reply tells the customer why.</source>
        <translation>Die Anfrage wird als abgelehnt geschlossen; die Antwort nennt dem Kunden den Grund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request waits for the customer; the reply says what is missing.</source>
        <translation>Die Anfrage wartet auf den Kunden; die Antwort sagt, was fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor decides; your note tells them why. A reply to the customer is optional.</source>
        <translation>Eine Teamleitung entscheidet; Ihre Notiz nennt den Grund. Eine Antwort an den Kunden ist optional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer re&amp;ply (optional)</source>
        <translation>Ant&amp;wort an den Kunden (optional)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Drafted from the template; edit it as needed.</source>
        <translation>Aus der Vorlage entworfen; nach Bedarf bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply is drafted for an escalation.</source>
        <translation>Für eine Eskalation wird keine Antwort entworfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited by you: changing the decision keeps your text; Re-draft replaces it with the template.</source>
        <translation>Von Ihnen bearbeitet: Ein Wechsel der Entscheidung behält Ihren Text; „Vorlage einsetzen“ ersetzt ihn durch die Vorlage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in: {0}.</source>
        <translation>Ausfüllen: {0}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a decision.</source>
        <translation>Wählen Sie eine Entscheidung.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Request #{0} ({1}): {2} — {3}</source>
        <translation>Anfrage #{0} ({1}): {2} — {3}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not allowed: {0} Nothing was changed; your text is kept.</source>
        <translation>Nicht erlaubt: {0} Nichts wurde geändert; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already decided: {0} Your text is kept; cancel to see the request as it is now.</source>
        <translation>Bereits entschieden: {0} Ihr Text bleibt erhalten; brechen Sie ab, um die Anfrage im aktuellen Stand zu sehen.</translation>
    </message>
</context>
<context>
    <name>EU261</name>
    <message>
        <location filename="../../supportdesk/domain/eu261.py" line="+114"/>
        <source>Cancelled: the passenger chooses a refund of the ticket within {days} days or re-routing to the final destination, whatever the notice or the reason (Art. 5(1)(a), Art. 8(1))</source>
        <translation>Annulliert: Der Passagier wählt die Erstattung des Tickets binnen {days} Tagen oder eine Umleitung zum Endziel, unabhängig von Vorlauf und Grund (Art. 5(1)(a), Art. 8(1))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Denied boarding: the passenger chooses a refund of the ticket within {days} days or re-routing to the final destination (Art. 4(1), 4(3), Art. 8(1))</source>
        <translation>Nichtbeförderung: Der Passagier wählt die Erstattung des Tickets binnen {days} Tagen oder eine Umleitung zum Endziel (Art. 4(1), 4(3), Art. 8(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delayed {delay_minutes} {measured}: five hours or more → a passenger who no longer travels may have the ticket refunded within {days} days, with a flight back to the first point of departure if needed (Art. 6(1)(iii), Art. 8(1)(a))</source>
        <translation>{delay_minutes} Verspätung {measured}: fünf Stunden oder mehr → ein Passagier, der nicht mehr reist, kann sich das Ticket binnen {days} Tagen erstatten lassen, bei Bedarf mit Rückflug zum ersten Abflugort (Art. 6(1)(iii), Art. 8(1)(a))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at departure</source>
        <translation>beim Abflug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at arrival (Art. 6 counts the departure delay: confirm it)</source>
        <translation>bei der Ankunft (Art. 6 zählt die Abflugverspätung: bitte bestätigen)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{distance_km} km, intra-EU: 1,500 km or less → {amount_eur} (Art. 7(1))</source>
        <translation>{distance_km} km, innerhalb der EU: bis 1.500 km → {amount_eur} (Art. 7(1))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{distance_km} km, not intra-EU: 1,500 km or less → {amount_eur} (Art. 7(1))</source>
        <translation>{distance_km} km, nicht innerhalb der EU: bis 1.500 km → {amount_eur} (Art. 7(1))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{distance_km} km, intra-EU: more than 1,500 km → {amount_eur} (Art. 7(1))</source>
        <translation>{distance_km} km, innerhalb der EU: mehr als 1.500 km → {amount_eur} (Art. 7(1))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{distance_km} km, not intra-EU: between 1,500 and 3,500 km → {amount_eur} (Art. 7(1))</source>
        <translation>{distance_km} km, nicht innerhalb der EU: zwischen 1.500 und 3.500 km → {amount_eur} (Art. 7(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{distance_km} km, not intra-EU: more than 3,500 km → {amount_eur} (Art. 7(1))</source>
        <translation>{distance_km} km, nicht innerhalb der EU: mehr als 3.500 km → {amount_eur} (Art. 7(1))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled on the day of departure</source>
        <translation>Am Abflugtag annulliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled 1 day before departure</source>
        <translation>1 Tag vor dem Abflug annulliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled {days} days before departure</source>
        <translation>{days} Tage vor dem Abflug annulliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{by_minutes} early</source>
        <translation>{by_minutes} früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{by_minutes} late</source>
        <translation>{by_minutes} später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{notice}: at least 14 days&apos; notice → no compensation (Art. 5(1)(c)(i))</source>
        <translation>{notice}: mindestens 14 Tage vorher informiert → keine Entschädigung (Art. 5(1)(c)(i))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 to 13 days&apos; notice</source>
        <translation>7 bis 13 Tage vorher informiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than 7 days&apos; notice</source>
        <translation>weniger als 7 Tage vorher informiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departing ≤ {early_minutes} early and arriving &lt; {late_minutes} late</source>
        <translation>Abflug höchstens {early_minutes} früher und Ankunft weniger als {late_minutes} später</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not departing ≤ {early_minutes} early and arriving &lt; {late_minutes} late</source>
        <translation>Abflug mehr als {early_minutes} früher oder Ankunft mindestens {late_minutes} später</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{notice}: {window}, no re-routing offered → compensation due ({article})</source>
        <translation>{notice}: {window}, keine Umleitung angeboten → Entschädigung fällig ({article})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-routing departs {departs}, arrives {arrives}</source>
        <translation>Umleitung: Abflug {departs}, Ankunft {arrives}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{notice}: {window}, {offered}: {test} → no compensation ({article})</source>
        <translation>{notice}: {window}, {offered}: {test} → keine Entschädigung ({article})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{notice}: {window}, {offered}: {test} → compensation due ({article})</source>
        <translation>{notice}: {window}, {offered}: {test} → Entschädigung fällig ({article})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Arrived on time: under 3 h → no compensation (Sturgeon)</source>
        <translation>Pünktlich angekommen: unter 3 h → keine Entschädigung (Sturgeon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delayed {delay_minutes} at arrival: under 3 h → no compensation (Sturgeon)</source>
        <translation>{delay_minutes} Verspätung bei der Ankunft: unter 3 h → keine Entschädigung (Sturgeon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delayed {delay_minutes} at arrival: ≥ 3 h qualifies (Sturgeon)</source>
        <translation>{delay_minutes} Verspätung bei der Ankunft: ab 3 h besteht Anspruch (Sturgeon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extraordinary circumstances → no compensation (Art. 5(3), Sturgeon)</source>
        <translation>Außergewöhnliche Umstände → keine Entschädigung (Art. 5(3), Sturgeon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 3,500 km and under 4 h late → halved (Art. 7(2)(c), Sturgeon)</source>
        <translation>Über 3.500 km und unter 4 h Verspätung → halbiert (Art. 7(2)(c), Sturgeon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extraordinary circumstances → no compensation (Art. 5(3))</source>
        <translation>Außergewöhnliche Umstände → keine Entschädigung (Art. 5(3))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gave up the seat voluntarily → agreed benefits, not Art. 7 (Art. 4(1))</source>
        <translation>Freiwillig auf den Platz verzichtet → vereinbarte Gegenleistung, nicht Art. 7 (Art. 4(1))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied boarding against their will qualifies (Art. 4(3))</source>
        <translation>Gegen den eigenen Willen nicht befördert: Anspruch besteht (Art. 4(3))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraordinary circumstances do not excuse denied boarding (C-22/11)</source>
        <translation>Außergewöhnliche Umstände entschuldigen keine Nichtbeförderung (C-22/11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-routing arrives {arrives}, within {margin_minutes} of the original → halved (Art. 7(2))</source>
        <translation>Umleitung kommt {arrives} an, innerhalb von {margin_minutes} nach der ursprünglichen Ankunft → halbiert (Art. 7(2))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compensation: {amount_eur} per passenger</source>
        <translation>Entschädigung: {amount_eur} pro Passagier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{why}: Regulation does not apply (Art. 3(1))</source>
        <translation>{why}: Die Verordnung gilt nicht (Art. 3(1))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departs outside the EU and does not arrive there</source>
        <translation>Abflug außerhalb der EU, Ankunft nicht in der EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departs outside the EU on a non-EU carrier</source>
        <translation>Abflug außerhalb der EU mit einer Nicht-EU-Fluggesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded circumstance: {circumstance}</source>
        <translation>Erfasster Umstand: {circumstance}</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../supportdesk/gui/remediation/model.py" line="-92"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Callcenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner feed</source>
        <translation>Partner-Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch job</source>
        <translation>Stapelverarbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile change</source>
        <translation>Profiländerung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted (UTC)</source>
        <translation>Gebucht (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason / result</source>
        <translation>Grund / Ergebnis</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already reversed</source>
        <translation>bereits zurückgebucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to reverse</source>
        <translation>zurückzubuchen</translation>
    </message>
</context>
<context>
    <name>Fares</name>
    <message>
        <location filename="../../supportdesk/domain/fares.py" line="+86"/>
        <source>Booking class {booking_class}: {family} ({cabin})</source>
        <translation>Buchungsklasse {booking_class}: {family} ({cabin})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused taxes and airport charges are still refunded.</source>
        <translation>Nicht genutzte Steuern und Flughafengebühren werden trotzdem erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund: not permitted</source>
        <translation>Erstattung: nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund: free of charge</source>
        <translation>Erstattung: kostenlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund: permitted for a fee of {fee_eur}</source>
        <translation>Erstattung: gegen eine Gebühr von {fee_eur} erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change: not permitted</source>
        <translation>Umbuchung: nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change: free of charge; any fare difference is extra</source>
        <translation>Umbuchung: kostenlos; eine Tarifdifferenz wird zusätzlich berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change: permitted for a fee of {fee_eur}; any fare difference is extra</source>
        <translation>Umbuchung: gegen eine Gebühr von {fee_eur} erlaubt; eine Tarifdifferenz wird zusätzlich berechnet</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../supportdesk/gui/writes.py" line="+308"/>
        <source>{0}
It may or may not have reached the server. Press the button again without changing anything: it will not be applied twice. A changed entry counts as a new one.</source>
        <translation>{0}
Möglicherweise hat es den Server erreicht, möglicherweise nicht. Drücken Sie die Schaltfläche erneut, ohne etwas zu ändern: Es wird nicht doppelt ausgeführt. Ein geänderter Eintrag zählt als neuer.</translation>
    </message>
</context>
<context>
    <name>FlightsModel</name>
    <message>
        <location filename="../../supportdesk/gui/awards/model.py" line="+17"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departs</source>
        <translation>Abflug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats left</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sold out</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {0} left; {1} needed</source>
        <translation>Nur {0} frei; {1} benötigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last seat</source>
        <translation>Letzter Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../supportdesk/gui/profile/form.py" line="+21"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../supportdesk/domain/ledger_text.py" line="+17"/>
        <source>Flight {flight} {origin}–{destination}, class {booking_class}</source>
        <translation>Flug {flight} {origin}–{destination}, Buchungsklasse {booking_class}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight award {flight} {origin}–{destination} {departure_date}, {cabin}, {passenger_count} pax: {names}</source>
        <translation>Prämienflug {flight} {origin}–{destination} am {departure_date}, {cabin}, {passenger_count} Pers.: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Award {code} cancelled ({fee_count} miles fee): {reason}</source>
        <translation>Prämie {code} storniert ({fee_count} Meilen Gebühr): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade award {flight} {origin}–{destination}: {from_cabin} → {to_cabin}</source>
        <translation>Upgrade-Prämie {flight} {origin}–{destination}: {from_cabin} → {to_cabin}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donation to {charity}</source>
        <translation>Spende an {charity}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reversal: {reason}</source>
        <translation>Rückbuchung: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retro claim: {reason}</source>
        <translation>Nachbuchung: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill: {reason}</source>
        <translation>Kulanz: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction: {reason}</source>
        <translation>Korrektur: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help Alliance</source>
        <translation>Help Alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children&apos;s relief fund</source>
        <translation>Kinderhilfsfonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ocean clean-up fund</source>
        <translation>Fonds für saubere Meere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climate protection projects</source>
        <translation>Klimaschutzprojekte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flight award</source>
        <translation>Prämienflug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade award</source>
        <translation>Upgrade-Prämie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel partner</source>
        <translation>Hotelpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel partner stay</source>
        <translation>Aufenthalt bei einem Hotelpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car rental partner</source>
        <translation>Mietwagenpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card partner</source>
        <translation>Kreditkartenpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopping partner</source>
        <translation>Einkaufspartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rail partner</source>
        <translation>Bahnpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy partner</source>
        <translation>Energiepartner</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../supportdesk/gui/member/ledger_model.py" line="+16"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight award</source>
        <translation>Prämienflug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award cancelled</source>
        <translation>Prämienflug storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade award</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donation</source>
        <translation>Spende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../supportdesk/gui/lock.py" line="+95"/>
        <source>SupportDesk is locked</source>
        <translation>SupportDesk ist gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Angemeldet: {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member data is hidden; your open work is kept.</source>
        <translation>Mitgliedsdaten sind ausgeblendet; Ihre offene Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The locked session was signed out after {0} wrong passwords.</source>
        <translation>Die gesperrte Sitzung wurde nach {0} falschen Passwörtern abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong password; %n attempt(s) left before the session is signed out.</source>
        <translation>
            <numerusform>Falsches Passwort; noch %n Versuch, bevor die Sitzung abgemeldet wird.</numerusform>
            <numerusform>Falsches Passwort; noch %n Versuche, bevor die Sitzung abgemeldet wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../ui/lookup_page.ui" line="+14"/>
        <source>Find member</source>
        <translation>Mitglied suchen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a member number, name, e-mail, phone number, e-ticket number or booking code. Ctrl+L jumps here from anywhere; Enter or ↓ picks from the results.</source>
        <translation>Geben Sie eine Mitgliedsnummer, einen Namen, eine E-Mail-Adresse, Telefonnummer, E-Ticket-Nummer oder einen Buchungscode ein. Strg+L springt von überall hierher; Eingabe oder ↓ wählt aus den Ergebnissen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member number, name, e-mail, phone, e-ticket or booking code</source>
        <translation>Mitgliedsnummer, Name, E-Mail, Telefon, E-Ticket oder Buchungscode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the search box recognised in your input</source>
        <translation>Was das Suchfeld in Ihrer Eingabe erkannt hat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search results: ↑/↓ moves, Enter opens the selected member, Ctrl+L goes back to the search box.</source>
        <translation>Suchergebnisse: ↑/↓ bewegt, Eingabe öffnet das ausgewählte Mitglied, Strg+L führt zurück zum Suchfeld.</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/lookup/page.py" line="+42"/>
        <source>Member number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number (partial)</source>
        <translation>Mitgliedsnummer (Teil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-ticket number</source>
        <translation>E-Ticket-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking code or name</source>
        <translation>Buchungscode oder Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Keep typing…</source>
        <translation>Weiter tippen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No member found.</source>
        <translation>Kein Mitglied gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First {0} matches — type more to narrow down.</source>
        <translation>Die ersten {0} Treffer — tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) found — ↓ to choose, Enter to open.</source>
        <translation>
            <numerusform>%n Mitglied gefunden — ↓ zum Auswählen, Eingabe zum Öffnen.</numerusform>
            <numerusform>%n Mitglieder gefunden — ↓ zum Auswählen, Eingabe zum Öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n candidate(s) — ↓ or Enter to choose one, then Enter to open.</source>
        <translation>
            <numerusform>%n Kandidat — ↓ oder Eingabe zum Auswählen, dann Eingabe zum Öffnen.</numerusform>
            <numerusform>%n Kandidaten — ↓ oder Eingabe zum Auswählen, dann Eingabe zum Öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Offline: %n member(s) from the copies on this computer — Enter opens the copy.</source>
        <translation>
            <numerusform>Offline: %n Mitglied aus den Offline-Kopien auf diesem Computer — Eingabe öffnet die Kopie.</numerusform>
            <numerusform>Offline: %n Mitglieder aus den Offline-Kopien auf diesem Computer — Eingabe öffnet die Kopie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="+14"/>
        <source>SupportDesk</source>
        <translation>SupportDesk</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Sign out and return to the sign-in dialog (Ctrl+Shift+Q)</source>
        <translation>Abmelden und zum Anmeldedialog zurückkehren (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Close SupportDesk (Ctrl+Q)</source>
        <translation>SupportDesk schließen (Strg+Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find member…</source>
        <translation>Mitglied &amp;suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Go to the search box to find a member (Ctrl+L)</source>
        <translation>Zum Suchfeld wechseln, um ein Mitglied zu finden (Strg+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back to results</source>
        <translation>&amp;Zurück zu den Ergebnissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Return to the last search results (Alt+Left)</source>
        <translation>Zu den letzten Suchergebnissen zurückkehren (Alt+Pfeil links)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>List all keyboard shortcuts (F1)</source>
        <translation>Alle Tastenkürzel anzeigen (F1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About SupportDesk</source>
        <translation>Ü&amp;ber SupportDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Version and backend of this SupportDesk client (Alt+H, then A)</source>
        <translation>Version und Backend dieses SupportDesk-Clients (Alt+H, dann B)</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/mainwindow.py" line="+80"/>
        <source>SupportDesk — {0}</source>
        <translation>SupportDesk — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits waiting for a supervisor&apos;s approval ({0})</source>
        <translation>Gutschriften, die auf die Freigabe durch die Teamleitung warten ({0})</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Request &amp;queue</source>
        <translation>Anfragen-&amp;Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund and rebooking requests, most urgent first ({0})</source>
        <translation>Erstattungs- und Umbuchungsanfragen, dringendste zuerst ({0})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Approvals waiting: {0}</source>
        <translation>Offene Freigaben: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend: {0}</source>
        <translation>Backend: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own limit: {0} miles per credit, {1} per day</source>
        <translation>Eigenes Limit: {0} Meilen pro Gutschrift, {1} pro Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in kept in memory only (no keyring)</source>
        <translation>Anmeldung nur im Arbeitsspeicher (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backend answers.</source>
        <translation>Das Backend antwortet.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened members and the request queue can still be read.</source>
        <translation>Kürzlich geöffnete Mitglieder und die Anfragen-Warteschlange bleiben lesbar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DEMO backend on this computer — all members and data are fictional.</source>
        <translation>DEMO-Backend auf diesem Computer — alle Mitglieder und Daten sind fiktiv.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>&amp;Command palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find any command by name and run it (Ctrl+Shift+P)</source>
        <translation>Jeden Befehl über seinen Namen finden und ausführen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, font size, density, idle lock; IT&apos;s policy (Ctrl+,)</source>
        <translation>Sprache, Schriftgröße, Dichte, Sperre bei Inaktivität; Vorgaben der IT (Strg+,)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm &amp;sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide member data until you type your password (Ctrl+Shift+L)</source>
        <translation>Mitgliedsdaten ausblenden, bis Sie Ihr Passwort eingeben (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Audit &amp;trail</source>
        <translation>Audit-&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who read or changed what, when and from where ({0})</source>
        <translation>Wer was wann und von wo gelesen oder geändert hat ({0})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Incident re&amp;mediation</source>
        <translation>Vorfall-&amp;Bereinigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse an incident window&apos;s entries in one approved batch ({0})</source>
        <translation>Die Einträge eines Vorfallzeitraums in einem freigegebenen Stapel zurückbuchen ({0})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Needs attention…</source>
        <translation>&amp;Klärungsbedarf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued work the backend refused or that met a conflict ({0})</source>
        <translation>Vorgemerkte Arbeit, die das Backend abgelehnt hat oder die auf einen Konflikt gestoßen ist ({0})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} queued</source>
        <translation>{0} vorgemerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs attention: {0}</source>
        <translation>Klärungsbedarf: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offline since {0} — {1}</source>
        <translation>Offline seit {0} — {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every {0} s.</source>
        <translation>Prüfung alle {0} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes cannot be queued on this computer: {0}</source>
        <translation>Änderungen können auf diesem Computer nicht vorgemerkt werden: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Those actions are greyed out; everything else works.</source>
        <translation>Diese Aktionen sind ausgegraut; alles andere funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend is having trouble — {0}</source>
        <translation>Das Backend hat Probleme — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is lost: writes are kept and retried.</source>
        <translation>Nichts geht verloren: Änderungen werden aufbewahrt und erneut versucht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Needs attention: {0} (see {1}).</source>
        <translation>Klärungsbedarf: {0} (siehe {1}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Security alert ({0}): {1} Nothing of that answer was shown. It has been reported to the backend&apos;s audit trail; tell your supervisor.</source>
        <translation>Sicherheitswarnung ({0}): {1} Von dieser Antwort wurde nichts angezeigt. Sie wurde an das Audit-Protokoll des Backends gemeldet; informieren Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} alerts in this session.</source>
        <translation>{0} Warnungen in dieser Sitzung.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Mileage &amp;calculator…</source>
        <translation>&amp;Meilenrechner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles a flight earns by route, booking class and tier; offline ({0})</source>
        <translation>Meilen eines Flugs nach Strecke, Buchungsklasse und Status; offline ({0})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The settings could not be saved ({0}); they apply until you quit.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({0}); sie gelten, bis Sie SupportDesk beenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About SupportDesk</source>
        <translation>Über SupportDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SupportDesk {0}
The service-centre tool of the frequent-flyer programme.
Backend: {1}</source>
        <translation>SupportDesk {0}
Das Service-Center-Werkzeug des Vielfliegerprogramms.
Backend: {1}</translation>
    </message>
</context>
<context>
    <name>MemberView</name>
    <message>
        <location filename="../../ui/member_view.ui" line="+14"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Status tier of this member</source>
        <translation>Statusstufe dieses Mitglieds</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../supportdesk/gui/member/view.py" line="+103"/>
        <source>&amp;Credit miles…</source>
        <translation>Meilen gut&amp;schreiben…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../supportdesk/gui/member/view.py" line="+8"/>
        <source>&amp;Book award…</source>
        <translation>Prämienflug &amp;buchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../supportdesk/gui/member/view.py" line="+4"/>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgrade…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Miles balance</source>
        <translation>Meilenstand</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Member number. Select it with the mouse and press Ctrl+C to copy it.</source>
        <translation>Mitgliedsnummer. Mit der Maus markieren und Strg+C drücken, um sie zu kopieren.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../supportdesk/gui/member/view.py" line="+492"/>
        <source>Contact data is masked.</source>
        <translation>Kontaktdaten sind maskiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../supportdesk/gui/member/view.py" line="-483"/>
        <source>Change &amp;profile…</source>
        <translation>Profil ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../supportdesk/gui/member/view.py" line="+5"/>
        <source>Re&amp;veal…</source>
        <translation>Kontaktdaten &amp;einblenden…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Miles ledger</source>
        <translation>Meilenkonto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Miles ledger, newest first: ↑/↓ and Page Up/Page Down scroll, Alt+Left returns to the search results.</source>
        <translation>Meilenkonto, neueste zuerst: ↑/↓ und Bild auf/Bild ab blättern, Alt+Pfeil links führt zurück zu den Suchergebnissen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location filename="../../supportdesk/gui/member/view.py" line="-10"/>
        <source>Cancel a&amp;ward…</source>
        <translation>Prämienflug s&amp;tornieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../supportdesk/gui/member/view.py" line="-12"/>
        <source>&amp;Reverse entry…</source>
        <translation>Eintrag zu&amp;rückbuchen…</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/member/view.py" line="-4"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit miles to this member: goodwill, correction or retro claim ({0})</source>
        <translation>Diesem Mitglied Meilen gutschreiben: Kulanz, Korrektur oder Nachbuchung ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the selected ledger entry; supervisors only ({0})</source>
        <translation>Den ausgewählten Kontoeintrag zurückbuchen; nur Teamleitung ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a flight award with this member&apos;s miles ({0})</source>
        <translation>Einen Prämienflug mit den Meilen dieses Mitglieds buchen ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade one of this member&apos;s tickets to a higher cabin with miles ({0})</source>
        <translation>Ein Ticket dieses Mitglieds mit Meilen in eine höhere Klasse hochstufen ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a flight award by its booking code (the reference of the selected award): miles back less the fee ({0})</source>
        <translation>Einen Prämienflug über seinen Buchungscode stornieren (die Referenz des ausgewählten Prämienflugs): Meilen zurück abzüglich Gebühr ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change address, phone, e-mail or language after verifying the caller ({0})</source>
        <translation>Adresse, Telefon, E-Mail oder Sprache nach Verifizierung der anrufenden Person ändern ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the masked e-mail, phone, address or date of birth for a short time, with a reason; recorded in the audit trail ({0})</source>
        <translation>Maskierte E-Mail, Telefonnummer, Adresse oder Geburtsdatum kurz mit Begründung einblenden; wird im Audit-Protokoll festgehalten ({0})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {0}</source>
        <translation>Konto {0}</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The account is {0}.</source>
        <translation>Das Konto ist {0}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Offline copy: revealing needs the backend (it is checked and recorded there).</source>
        <translation>Offline-Kopie: Einblenden braucht das Backend (es wird dort geprüft und protokolliert).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The refused credit cannot be edited now: {0}</source>
        <translation>Die abgelehnte Gutschrift kann jetzt nicht bearbeitet werden: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+62"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reversed: {0} miles; balance now {1}.</source>
        <translation>Zurückgebucht: {0} Meilen; Meilenstand jetzt {1}.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Revealed (recorded in the audit trail); masked again in {0} s.</source>
        <translation>Eingeblendet (im Audit-Protokoll festgehalten); wird in {0} s wieder maskiert.</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>as of {0}</source>
        <translation>Stand {0}</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Member: back to the search results</source>
        <translation>Mitglied: zurück zu den Suchergebnissen</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} Not opened recently on this computer, so there is no offline copy.</source>
        <translation>{0} Nicht kürzlich auf diesem Computer geöffnet, daher gibt es keine Offline-Kopie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>offline copy from {0}</source>
        <translation>Offline-Kopie vom {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: this is the copy from {0}. Credits are queued and sent when the backend is back.</source>
        <translation>Offline: Dies ist die Kopie vom {0}. Gutschriften werden vorgemerkt und gesendet, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No ledger entries.</source>
        <translation>Keine Kontoeinträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} entries — scroll for more</source>
        <translation>{0} von {1} Einträgen — für weitere scrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} entries</source>
        <translation>{0} Einträge</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offline copy: {0}</source>
        <translation>Offline-Kopie: {0}</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Credited {0} miles.</source>
        <translation>{0} Meilen gutgeschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} miles pending approval by a supervisor.</source>
        <translation>{0} Meilen warten auf Freigabe durch die Teamleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({0})</source>
        <translation>({0})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The refused booking cannot be booked again now: {0}</source>
        <translation>Die abgelehnte Buchung kann jetzt nicht erneut gebucht werden: {0}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Award {0} booked: {1} miles; balance now {2}.</source>
        <translation>Prämienflug {0} gebucht: {1} Meilen; Meilenstand jetzt {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade {0} booked: {1} miles; balance now {2}.</source>
        <translation>Upgrade {0} gebucht: {1} Meilen; Meilenstand jetzt {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Award {0} cancelled: {1} miles back ({2} miles fee kept); balance now {3}.</source>
        <translation>Prämienflug {0} storniert: {1} Meilen zurück ({2} Meilen Gebühr einbehalten); Meilenstand jetzt {3}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile changed: {0}.</source>
        <translation>Profil geändert: {0}.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../supportdesk/gui/messages.py" line="+24"/>
        <source>Sign in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in offline: your work is kept on this computer and sent once you sign in to the backend.</source>
        <translation>Offline angemeldet: Ihre Arbeit wird auf diesem Computer aufbewahrt und gesendet, sobald Sie sich am Backend anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend cannot be reached, and this password does not open the work kept on this computer. If you changed your password, use the previous one until the backend is back.</source>
        <translation>Das Backend ist nicht erreichbar, und dieses Passwort öffnet die auf diesem Computer aufbewahrte Arbeit nicht. Wenn Sie Ihr Passwort geändert haben, verwenden Sie das vorherige, bis das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend cannot be reached, and your last sign-in to it was more than {days} days ago: signing in offline is not allowed. Try again when the backend is back.</source>
        <translation>Das Backend ist nicht erreichbar, und Ihre letzte Anmeldung dort liegt mehr als {days} Tage zurück: Eine Offline-Anmeldung ist nicht erlaubt. Versuchen Sie es erneut, wenn das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not your previous password: it does not open the work kept on this computer. Try again, or start afresh.</source>
        <translation>Das ist nicht Ihr vorheriges Passwort: Es öffnet die auf diesem Computer aufbewahrte Arbeit nicht. Versuchen Sie es erneut, oder beginnen Sie neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend cannot be reached, and the key of the work kept on this computer is damaged; tell IT. Try again when the backend is back.</source>
        <translation>Das Backend ist nicht erreichbar, und der Schlüssel der auf diesem Computer aufbewahrten Arbeit ist beschädigt; informieren Sie die IT. Versuchen Sie es erneut, wenn das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS certificate of {host} could not be verified; nothing was sent.</source>
        <translation>Das TLS-Zertifikat von {host} konnte nicht überprüft werden; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS certificate of {host} does not carry the key IT pinned for the backend; nothing was sent. Tell IT (supportdesk --check-config).</source>
        <translation>Das TLS-Zertifikat von {host} enthält nicht den Schlüssel, den die IT für das Backend festgelegt hat; nichts wurde gesendet. Informieren Sie die IT (supportdesk --check-config).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend {host} did not accept a connection in time.</source>
        <translation>Das Backend {host} hat die Verbindung nicht rechtzeitig angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backend {host} did not answer within {seconds} s.</source>
        <translation>Das Backend {host} hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backend host {host} cannot be found (DNS). Check the configured address; nothing was sent.</source>
        <translation>Der Backend-Host {host} wurde nicht gefunden (DNS). Prüfen Sie die konfigurierte Adresse; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend {host} refused the connection: it is not running or not reachable.</source>
        <translation>Das Backend {host} hat die Verbindung abgelehnt: Es läuft nicht oder ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to the backend {host}.</source>
        <translation>Keine Verbindung zum Backend {host}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backend answered with a redirect; SupportDesk does not follow redirects.</source>
        <translation>Das Backend hat mit einer Weiterleitung geantwortet; SupportDesk folgt keinen Weiterleitungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend sent an answer that is not JSON.</source>
        <translation>Das Backend hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backend failed ({status}); it may or may not have done it.</source>
        <translation>Im Backend ist ein Fehler aufgetreten ({status}); möglicherweise wurde die Aktion trotzdem ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backend answered about a different member than the one asked for. Nothing was shown. This was logged as a security event; tell your supervisor.</source>
        <translation>Das Backend hat zu einem anderen Mitglied als dem angefragten geantwortet. Nichts wurde angezeigt. Dies wurde als Sicherheitsereignis protokolliert; informieren Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend answered a different search than the one asked; nothing was shown. This was logged as a security event; tell your supervisor.</source>
        <translation>Das Backend hat auf eine andere Suche als die angefragte geantwortet; nichts wurde angezeigt. Dies wurde als Sicherheitsereignis protokolliert; informieren Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend&apos;s sign-in answer names another agent; you are not signed in. This was logged as a security event; tell your supervisor.</source>
        <translation>Die Anmeldeantwort des Backends nennt einen anderen Agenten; Sie sind nicht angemeldet. Dies wurde als Sicherheitsereignis protokolliert; informieren Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An answer arrived that was not for this request (a cached or replayed answer); nothing was shown. This was logged as a security event; tell your supervisor.</source>
        <translation>Eine Antwort kam an, die nicht zu dieser Anfrage gehörte (eine zwischengespeicherte oder wiederholte Antwort); nichts wurde angezeigt. Dies wurde als Sicherheitsereignis protokolliert; informieren Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend&apos;s reveal answer holds other fields than the ones asked; nothing was shown. This was logged as a security event; tell your supervisor.</source>
        <translation>Die Einblende-Antwort des Backends enthält andere Felder als die angefragten; nichts wurde angezeigt. Dies wurde als Sicherheitsereignis protokolliert; informieren Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session was signed out (here or on another computer); sign in again.</source>
        <translation>Diese Sitzung wurde abgemeldet (hier oder an einem anderen Computer); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired (sessions last one shift); sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen (Sitzungen dauern eine Schicht); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account has been disabled; ask IT or your supervisor.</source>
        <translation>Ihr Konto wurde deaktiviert; wenden Sie sich an die IT oder Ihre Teamleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor may do this.</source>
        <translation>Das darf nur eine Teamleitung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot decide on your own credit; another supervisor must.</source>
        <translation>Über Ihre eigene Gutschrift können Sie nicht entscheiden; das muss eine andere Teamleitung tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot approve your own remediation batch; another supervisor must.</source>
        <translation>Ihren eigenen Bereinigungsstapel können Sie nicht freigeben; das muss eine andere Teamleitung tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch is not the one you saw; nothing was changed. Refresh the batches and look at it again.</source>
        <translation>Dieser Stapel ist nicht der, den Sie gesehen haben; nichts wurde geändert. Aktualisieren Sie die Stapel und sehen Sie ihn erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This batch was already approved; nothing was changed.</source>
        <translation>Dieser Stapel wurde bereits freigegeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This batch is not approved yet; another supervisor must approve it first.</source>
        <translation>Dieser Stapel ist noch nicht freigegeben; eine andere Teamleitung muss ihn zuerst freigeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such remediation batch.</source>
        <translation>Einen solchen Bereinigungsstapel gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to reverse: no entry matches, or every entry is excluded.</source>
        <translation>Nichts zurückzubuchen: Kein Eintrag passt, oder jeder Eintrag ist ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {max} entries match; narrow the window, the types, the channels or the members.</source>
        <translation>Mehr als {max} Einträge passen; schränken Sie Zeitraum, Typen, Kanäle oder Mitglieder ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the caller first (date of birth and postcode, or PIN).</source>
        <translation>Verifizieren Sie zuerst die anrufende Person (Geburtsdatum und Postleitzahl oder PIN).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller verification has expired; verify the caller again.</source>
        <translation>Die Verifizierung der anrufenden Person ist abgelaufen; verifizieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed verifications for this member; try again in 15 minutes or send the member a written confirmation.</source>
        <translation>Zu viele fehlgeschlagene Verifizierungen für dieses Mitglied; versuchen Sie es in 15 Minuten erneut oder senden Sie dem Mitglied eine schriftliche Bestätigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request was already {status}; nothing was changed.</source>
        <translation>Diese Anfrage ist bereits {status}; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed the same data at the same moment; nothing was saved. Look at it again and repeat the change if it is still needed.</source>
        <translation>Jemand hat dieselben Daten im selben Moment geändert; nichts wurde gespeichert. Sehen Sie sie sich erneut an und wiederholen Sie die Änderung, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This credit is not the {miles} miles for the member you saw; nothing was changed. Look at it again.</source>
        <translation>Diese Gutschrift ist nicht die über {miles} Meilen für das Mitglied, das Sie gesehen haben; nichts wurde geändert. Sehen Sie sie erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{assignee} is already working on this request.</source>
        <translation>{assignee} bearbeitet diese Anfrage bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim the request first.</source>
        <translation>Übernehmen Sie die Anfrage zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An escalated request is decided by a supervisor.</source>
        <translation>Über eine eskalierte Anfrage entscheidet die Teamleitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough miles: this needs {miles} miles, the balance is {balance}.</source>
        <translation>Nicht genug Meilen: Benötigt werden {miles} Meilen, der Meilenstand ist {balance}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversing {miles} miles would leave the balance below zero (it is {balance}); the miles were already spent.</source>
        <translation>Eine Rückbuchung von {miles} Meilen würde den Meilenstand unter null bringen (er ist {balance}); die Meilen wurden bereits ausgegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reversal cannot itself be reversed; propose a correction credit.</source>
        <translation>Eine Rückbuchung kann nicht selbst zurückgebucht werden; schlagen Sie eine Korrekturgutschrift vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This award was already cancelled.</source>
        <translation>Dieser Prämienflug wurde bereits storniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight {flight_number} left {origin} on {departure_date} at {departure_time} local time: it can no longer be booked, nor cancelled for a refund.</source>
        <translation>Flug {flight_number} ist am {departure_date} um {departure_time} Ortszeit in {origin} abgeflogen: Er kann weder gebucht noch gegen Erstattung storniert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backend failed on this operation {attempts} times; it was not applied.</source>
        <translation>Dieser Vorgang ist im Backend {attempts}-mal fehlgeschlagen; er wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This operation id was already used for a different request.</source>
        <translation>Diese Vorgangs-ID wurde bereits für eine andere Anfrage verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text contains control characters or invisible formatting; retype it.</source>
        <translation>Der Text enthält Steuerzeichen oder unsichtbare Formatierung; bitte neu eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is empty or only spaces.</source>
        <translation>Der Text ist leer oder besteht nur aus Leerzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short: at least {shortest} characters.</source>
        <translation>Zu kurz: mindestens {shortest} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most {longest} characters.</source>
        <translation>Zu lang: höchstens {longest} Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a member number.</source>
        <translation>Geben Sie eine Mitgliedsnummer ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member number has digits only.</source>
        <translation>Eine Mitgliedsnummer besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member number has {length} digits; this has {typed}.</source>
        <translation>Eine Mitgliedsnummer hat {length} Ziffern; diese hat {typed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A member number starts with {prefix}.</source>
        <translation>Eine Mitgliedsnummer beginnt mit {prefix}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check digit does not match: one of the digits is mistyped.</source>
        <translation>Die Prüfziffer stimmt nicht: Eine der Ziffern ist vertippt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-ticket number has {length} digits.</source>
        <translation>Eine E-Ticket-Nummer hat {length} Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A booking code has 6 letters or digits, such as KX4T2B.</source>
        <translation>Ein Buchungscode hat 6 Buchstaben oder Ziffern, z. B. KX4T2B.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number has 6 to 15 digits, optionally after +.</source>
        <translation>Eine Telefonnummer hat 6 bis 15 Ziffern, optional nach einem +.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agent&apos;s user name: 1-64 characters, letters a-z, digits and . _ @ -.</source>
        <translation>Benutzername eines Agenten: 1–64 Zeichen, Buchstaben a–z, Ziffern und . _ @ -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An action is one word of letters a-z, digits, _ or - (for example credit_approved), at most 40 characters.</source>
        <translation>Eine Aktion ist ein Wort aus Buchstaben a–z, Ziffern, _ oder - (zum Beispiel credit_approved), höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A date like 24.12.2026 or 2026-12-24.</source>
        <translation>Ein Datum wie 24.12.2026 oder 2026-12-24.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the period must come after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a member number, name, e-mail, phone, ticket number or booking code.</source>
        <translation>Geben Sie eine Mitgliedsnummer, einen Namen, eine E-Mail-Adresse, Telefonnummer, Ticketnummer oder einen Buchungscode ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep typing: a member number has {length} digits.</source>
        <translation>Weiter tippen: Eine Mitgliedsnummer hat {length} Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{typed} digits: a member number has 15 (starting {prefix}), an e-ticket number 13, a phone number starts with + or 0.</source>
        <translation>{typed} Ziffern: Eine Mitgliedsnummer hat 15 (beginnend mit {prefix}), eine E-Ticket-Nummer 13, eine Telefonnummer beginnt mit + oder 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name has letters, spaces, hyphens and apostrophes only.</source>
        <translation>Ein Name besteht nur aus Buchstaben, Leerzeichen, Bindestrichen und Apostrophen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name on a ticket has no digits.</source>
        <translation>Ein Name auf einem Ticket enthält keine Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed letters and digits: a booking code has exactly 6, such as KX4T2B.</source>
        <translation>Buchstaben und Ziffern gemischt: Ein Buchungscode hat genau 6, z. B. KX4T2B.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type at least {shortest} letters of a name.</source>
        <translation>Geben Sie mindestens {shortest} Buchstaben eines Namens ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say in a few words why (who asked, which request or case).</source>
        <translation>Sagen Sie in wenigen Worten, warum (wer gefragt hat, welche Anfrage oder welcher Fall).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the listed reasons.</source>
        <translation>Wählen Sie einen der aufgeführten Gründe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an answer about a different member than the one asked for was refused.</source>
        <translation>eine Antwort zu einem anderen Mitglied als dem angefragten wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sign-in answer naming another agent was refused.</source>
        <translation>eine Anmeldeantwort, die einen anderen Agenten nennt, wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer of a different search was refused.</source>
        <translation>die Antwort auf eine andere Suche wurde abgewiesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an answer that was not for its request (a cached or replayed answer) was refused.</source>
        <translation>eine Antwort, die nicht zu ihrer Anfrage gehörte (zwischengespeichert oder wiederholt), wurde abgewiesen.</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <location filename="../../supportdesk/gui/sync/attention.py" line="+58"/>
        <source>Needs attention</source>
        <translation>Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work you queued that the backend refused or that met a conflict. Send it again as a new operation (a credit, a decision or a booking can be edited first), or discard it with a reason (recorded by the backend).</source>
        <translation>Vorgemerkte Arbeit, die das Backend abgelehnt hat oder die auf einen Konflikt gestoßen ist. Senden Sie sie erneut als neuen Vorgang (eine Gutschrift, eine Entscheidung oder eine Buchung kann vorher bearbeitet werden), oder verwerfen Sie sie mit einer Begründung (vom Backend protokolliert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backend said</source>
        <translation>Das Backend meldete</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit and send…</source>
        <translation>&amp;Bearbeiten und senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Call the member back — not confirmed: {0}</source>
        <translation>Mitglied zurückrufen — nicht bestätigt: {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Called &amp;back…</source>
        <translation>&amp;Zurückgerufen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it once the member knows, saying what you told them</source>
        <translation>Schließen, sobald das Mitglied Bescheid weiß, mit dem, was Sie ihm gesagt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it up, saying why (recorded by the backend)</source>
        <translation>Aufgeben, mit Begründung (vom Backend protokolliert)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What did you tell the member about “{0}”? (recorded)</source>
        <translation>Was haben Sie dem Mitglied zu „{0}“ gesagt? (wird protokolliert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is “{0}” given up? (recorded)</source>
        <translation>Warum wird „{0}“ aufgegeben? (wird protokolliert)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Called back</source>
        <translation>Zurückgerufen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Send it again unchanged, as a new operation (once what the backend objected to has changed: a seat freed, a limit raised)</source>
        <translation>Unverändert erneut als neuen Vorgang senden (sobald sich geändert hat, was das Backend beanstandet hat: ein Platz frei, ein Limit erhöht)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open it in its dialog (over the member, or over the request), change what the backend objected to, and send it as a new operation</source>
        <translation>Im zugehörigen Dialog öffnen (über dem Mitglied oder der Anfrage), ändern, was das Backend beanstandet hat, und als neuen Vorgang senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to edit here: send it again unchanged, or act on it afresh and discard this with a reason</source>
        <translation>Hier gibt es nichts zu bearbeiten: unverändert erneut senden, oder neu bearbeiten und dies mit Begründung verwerfen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../supportdesk/operations/kinds.py" line="+177"/>
        <source>Miles credit</source>
        <translation>Meilengutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: it is credited when the backend is back.</source>
        <translation>Vorgemerkt: Die Gutschrift erfolgt, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit approval</source>
        <translation>Freigabe einer Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving or rejecting a credit needs its live state; not taken offline.</source>
        <translation>Freigeben oder Ablehnen einer Gutschrift braucht ihren aktuellen Stand; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reversal</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Reversals need the live ledger; they are not taken offline.</source>
        <translation>Rückbuchungen brauchen das aktuelle Meilenkonto; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Award booking</source>
        <translation>Prämienflugbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking a chosen flight needs the live seats; offline, the route can be booked provisionally instead.</source>
        <translation>Einen gewählten Flug zu buchen braucht die aktuellen Plätze; offline kann stattdessen die Strecke vorläufig gebucht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrades need the live ticket and seat map; they are not taken offline.</source>
        <translation>Upgrades brauchen das aktuelle Ticket und den Sitzplan; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Award cancellation</source>
        <translation>Stornierung eines Prämienflugs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an award needs the live booking; not taken offline.</source>
        <translation>Einen Prämienflug zu stornieren braucht die aktuelle Buchung; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile change</source>
        <translation>Profiländerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile changes need the caller verified against the live account; they are not taken offline.</source>
        <translation>Profiländerungen brauchen die anrufende Person am aktuellen Konto verifiziert; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail or phone change</source>
        <translation>Änderung von E-Mail oder Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and phone changes need the live account (they are how the member is reached to confirm other changes); they are not taken offline.</source>
        <translation>Änderungen von E-Mail und Telefon brauchen das aktuelle Konto (darüber wird das Mitglied erreicht, um andere Änderungen zu bestätigen); offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request claim</source>
        <translation>Übernahme einer Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claiming a request needs the live queue (a colleague may have it); not taken offline.</source>
        <translation>Eine Anfrage zu übernehmen braucht die aktuelle Warteschlange (ein Kollege hat sie vielleicht schon); offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request decision</source>
        <translation>Entscheidung zu einer Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: the decision is recorded when the backend is back.</source>
        <translation>Vorgemerkt: Die Entscheidung wird gespeichert, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed with a reason</source>
        <translation>Mit Begründung geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: your word goes to the backend&apos;s audit trail when it is back.</source>
        <translation>Vorgemerkt: Ihre Angabe geht in das Audit-Protokoll des Backends, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security report</source>
        <translation>Sicherheitsmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: the report goes to the backend&apos;s audit trail when it is back.</source>
        <translation>Vorgemerkt: Die Meldung geht in das Audit-Protokoll des Backends, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline read</source>
        <translation>Offline-Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: what you opened from the offline copy goes to the backend&apos;s audit trail when it is back.</source>
        <translation>Vorgemerkt: Was Sie aus der Offline-Kopie geöffnet haben, geht in das Audit-Protokoll des Backends, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remediation batch</source>
        <translation>Bereinigungsstapel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A remediation batch is fixed against the live ledger; not taken offline.</source>
        <translation>Ein Bereinigungsstapel wird gegen das aktuelle Meilenkonto festgelegt; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remediation approval</source>
        <translation>Freigabe einer Bereinigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving a batch needs its live state; not taken offline.</source>
        <translation>Einen Stapel freizugeben braucht seinen aktuellen Stand; offline nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remediation execution</source>
        <translation>Ausführung einer Bereinigung</translation>
    </message>
</context>
<context>
    <name>PassengerFields</name>
    <message>
        <location filename="../../supportdesk/gui/awards/passengers.py" line="+35"/>
        <source>Enter the given name as on the ticket.</source>
        <translation>Geben Sie den Vornamen wie auf dem Ticket ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the surname as on the ticket.</source>
        <translation>Geben Sie den Nachnamen wie auf dem Ticket ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passengers, as on the ticket</source>
        <translation>Passagiere, wie auf dem Ticket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Given name(s)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passenger {0}: letters, spaces, hyphens and apostrophes, as printed on the ticket</source>
        <translation>Passagier {0}: Buchstaben, Leerzeichen, Bindestriche und Apostrophe, wie auf dem Ticket gedruckt</translation>
    </message>
</context>
<context>
    <name>PendingCreditsModel</name>
    <message>
        <location filename="../../supportdesk/gui/approvals/model.py" line="+45"/>
        <source>just now</source>
        <translation>soeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} d {1} h</source>
        <translation>{0} T. {1} h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Statusstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Meilenstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested at</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} (you)</source>
        <translation>{0} (Sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reference: {0}</source>
        <translation>Referenz: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own credit: another supervisor must decide.</source>
        <translation>Ihre eigene Gutschrift: eine andere Teamleitung muss entscheiden.</translation>
    </message>
</context>
<context>
    <name>PreviousPasswordDialog</name>
    <message>
        <location filename="../../supportdesk/gui/signin/previous.py" line="+27"/>
        <source>Your password has changed</source>
        <translation>Ihr Passwort wurde geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your work kept on this computer (queued changes, offline copies) was locked with your previous password. Type it once to keep that work; from now on your new password opens it.</source>
        <translation>Ihre auf diesem Computer aufbewahrte Arbeit (vorgemerkte Änderungen, Offline-Kopien) wurde mit Ihrem vorherigen Passwort verschlossen. Geben Sie es einmal ein, um diese Arbeit zu behalten; ab jetzt öffnet Ihr neues Passwort sie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous password:</source>
        <translation>&amp;Vorheriges Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep my work</source>
        <translation>&amp;Meine Arbeit behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;afresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The work locked with the previous password is set aside, unread, for IT; nothing in it is sent.</source>
        <translation>Die mit dem vorherigen Passwort verschlossene Arbeit wird ungelesen für die IT beiseitegelegt; nichts davon wird gesendet.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="+14"/>
        <source>Change profile</source>
        <translation>Profil ändern</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Date of &amp;birth and postcode</source>
        <translation>&amp;Geburtsdatum und Postleitzahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Telephone &amp;PIN</source>
        <translation>Telefon-&amp;PIN</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Date of birth</source>
        <translation>Geburts&amp;datum</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>As the caller says it: 1980-03-14 or 14.03.1980 (Alt+D).</source>
        <translation>So, wie die anrufende Person es sagt: 1980-03-14 oder 14.03.1980 (Alt+D).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>P&amp;ostcode</source>
        <translation>Post&amp;leitzahl</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The postcode of the member&apos;s address (Alt+O).</source>
        <translation>Die Postleitzahl der Adresse des Mitglieds (Alt+L).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>PI&amp;N</source>
        <translation>PI&amp;N</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The member&apos;s 4- to 6-digit telephone PIN (Alt+N).</source>
        <translation>Die 4- bis 6-stellige Telefon-PIN des Mitglieds (Alt+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4–6 digits</source>
        <translation>4–6 Ziffern</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New street and house number (Alt+S).</source>
        <translation>Neue Straße und Hausnummer (Alt+S).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Post&amp;code</source>
        <translation>Postleit&amp;zahl</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New postcode (Alt+C).</source>
        <translation>Neue Postleitzahl (Alt+Z).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New city (Alt+I).</source>
        <translation>Neuer Ort (Alt+O).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Co&amp;untry</source>
        <translation>L&amp;and</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Two-letter country code, such as DE (Alt+U).</source>
        <translation>Zweibuchstabiger Ländercode, z. B. DE (Alt+A).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New phone number in international form, such as +49 151 2345678 (Alt+P).</source>
        <translation>Neue Telefonnummer im internationalen Format, z. B. +49 151 2345678 (Alt+T).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New e-mail address (Alt+E).</source>
        <translation>Neue E-Mail-Adresse (Alt+E).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language of the member&apos;s letters and e-mails (Alt+L).</source>
        <translation>Sprache der Briefe und E-Mails an das Mitglied (Alt+R).</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/profile/dialog.py" line="+55"/>
        <source>Change profile — {0}</source>
        <translation>Profil ändern — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First verify the caller: ask for the date of birth and the postcode, or the telephone PIN. Never read data out to the caller.</source>
        <translation>Verifizieren Sie zuerst die anrufende Person: Fragen Sie nach Geburtsdatum und Postleitzahl oder nach der Telefon-PIN. Lesen Sie der anrufenden Person niemals Daten vor.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Leave empty to keep it.</source>
        <translation>Leer lassen, um den Wert zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged ({0})</source>
        <translation>unverändert ({0})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sa&amp;ve changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify caller</source>
        <translation>Anrufende Person &amp;verifizieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will change: {0}. Everything else stays as it is.</source>
        <translation>Wird geändert: {0}. Alles andere bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type only what changes; empty fields stay as they are.</source>
        <translation>Geben Sie nur ein, was sich ändert; leere Felder bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details do not match: do not change anything.</source>
        <translation>Die Angaben stimmen nicht überein: Ändern Sie nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} attempts left before verification locks for 15 minutes.</source>
        <translation>Noch {0} Versuche, bevor die Verifizierung für 15 Minuten gesperrt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attempts left: verification is now locked.</source>
        <translation>Keine Versuche mehr: Die Verifizierung ist jetzt gesperrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth and postcode</source>
        <translation>Geburtsdatum und Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Caller verified by {0}. Changes possible until {1} (UTC).</source>
        <translation>✓ Anrufende Person verifiziert über {0}. Änderungen möglich bis {1} (UTC).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Profile change: {0}</source>
        <translation>Profiländerung: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../supportdesk/gui/profile/form.py" line="+6"/>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the date of birth the caller gives.</source>
        <translation>Geben Sie das Geburtsdatum ein, das die anrufende Person nennt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the date as 1980-03-14 or 14.03.1980.</source>
        <translation>Geben Sie das Datum als 1980-03-14 oder 14.03.1980 ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not a plausible date of birth.</source>
        <translation>Das ist kein plausibles Geburtsdatum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the postcode the caller gives.</source>
        <translation>Geben Sie die Postleitzahl ein, die die anrufende Person nennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A postcode has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>Eine Postleitzahl hat 2 bis 12 Buchstaben, Ziffern, Leerzeichen oder Bindestriche.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the PIN the caller gives.</source>
        <translation>Geben Sie die PIN ein, die die anrufende Person nennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>Eine PIN hat 4 bis 6 Ziffern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A country is its two-letter code, such as DE or CH.</source>
        <translation>Ein Land wird mit seinem zweibuchstabigen Code angegeben, z. B. DE oder CH.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A phone number has 6 to 15 digits, such as +49 151 2345678.</source>
        <translation>Eine Telefonnummer hat 6 bis 15 Ziffern, z. B. +49 151 2345678.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown country calling code; the programme serves {0}.</source>
        <translation>Unbekannte Ländervorwahl; das Programm bedient {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the number in international form with the country code, such as +49 151 2345678.</source>
        <translation>Geben Sie die Nummer im internationalen Format mit Ländervorwahl an, z. B. +49 151 2345678.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That is not an e-mail address, such as name@example.com.</source>
        <translation>Das ist keine E-Mail-Adresse wie name@example.com.</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <location filename="../../supportdesk/gui/queue/detail.py" line="+47"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} early</source>
        <translation>{0} zu früh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} late</source>
        <translation>{0} verspätet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled on the day of departure</source>
        <translation>Am Abflugtag annulliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled 1 day before departure</source>
        <translation>1 Tag vor Abflug annulliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled {0} days before departure</source>
        <translation>{0} Tage vor Abflug annulliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; re-routing offered: departs {0}, arrives {1}</source>
        <translation>; Umleitung angeboten: Abflug {0}, Ankunft {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; no re-routing offered</source>
        <translation>; keine Umleitung angeboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delayed {0} at arrival</source>
        <translation>Ankunft {0} verspätet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operated as scheduled</source>
        <translation>Planmäßig durchgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · {0} km great-circle</source>
        <translation> · {0} km Großkreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extraordinary circumstance: {0}</source>
        <translation>Außergewöhnlicher Umstand: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>EU 261: no compensation</source>
        <translation>EU 261: keine Entschädigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU 261: €{0} (halved)</source>
        <translation>EU 261: {0} € (halbiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU 261: €{0}</source>
        <translation>EU 261: {0} €</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · refund or re-routing (Art. 8)</source>
        <translation> · Erstattung oder Umleitung (Art. 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · refund (Art. 8)</source>
        <translation> · Erstattung (Art. 8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>per Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through the web form</source>
        <translation>über das Webformular</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No other request about this ticket.</source>
        <translation>Keine weitere Anfrage zu diesem Ticket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also asked {0} on {1} ({2}, {3})</source>
        <translation>Auch angefragt {0} am {1} ({2}, {3})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · {1}: {2}</source>
        <translation>{0} · {1}: {2}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a request in the list (↓). Its check — flight, EU 261, fare rules and duplicates — shows here.</source>
        <translation>Wählen Sie eine Anfrage in der Liste (↓). Ihre Prüfung — Flug, EU 261, Tarifbedingungen und Duplikate — erscheint hier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request #{0} · {1}</source>
        <translation>Anfrage #{0} · {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} · e-ticket {1} · class {2}</source>
        <translation>{0} · E-Ticket {1} · Klasse {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} → {2} · {3} · {4}</source>
        <translation>{0} {1} → {2} · {3} · {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody yet</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (you)</source>
        <translation>{0} (Sie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>due {0} · {1}</source>
        <translation>fällig {0} · {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}; no longer due</source>
        <translation>{0}; nicht mehr fällig</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../supportdesk/gui/queue/model.py" line="+22"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooking</source>
        <translation>Umbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve</source>
        <translation>genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask for information</source>
        <translation>Informationen anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalate</source>
        <translation>eskalieren</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+20"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delayed {0}</source>
        <translation>Verspätet {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operated</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} d {1} h</source>
        <translation>{0} T. {1} h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue {0}</source>
        <translation>überfällig {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight status</source>
        <translation>Flugstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dup.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Other requests about the same ticket</source>
        <translation>Weitere Anfragen zum selben Ticket</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due {0}</source>
        <translation>Fällig {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1}–{2} on {3}</source>
        <translation>{0} {1}–{2} am {3}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other request(s) about ticket {0}</source>
        <translation>
            <numerusform>%n weitere Anfrage zu Ticket {0}</numerusform>
            <numerusform>%n weitere Anfragen zu Ticket {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking {0} · e-ticket {1}</source>
        <translation>Buchung {0} · E-Ticket {1}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/queue_page.ui" line="+14"/>
        <location line="+26"/>
        <source>Request queue</source>
        <translation>Anfragen-Warteschlange</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Load the queue again (F5); this also happens every 60 seconds.</source>
        <translation>Warteschlange neu laden (F5); das geschieht auch alle 60 Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refunds, rebookings or both (Alt+T)</source>
        <translation>Erstattungen, Umbuchungen oder beides (Alt+A)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open requests, or one status (Alt+S)</source>
        <translation>Offene Anfragen oder ein bestimmter Status (Alt+S)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Assigned</source>
        <translation>&amp;Zugewiesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yours, nobody&apos;s yet, or everyone&apos;s (Alt+A)</source>
        <translation>Ihre, noch niemandem zugewiesene oder alle (Alt+Z)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only requests past their SLA due time (Alt+O)</source>
        <translation>Nur Anfragen nach Ablauf ihrer SLA-Frist (Alt+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>Nur über&amp;fällige</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Most urgent first: ↑/↓ to choose; Alt+C claims, Alt+D decides.</source>
        <translation>Dringendste zuerst: ↑/↓ zum Auswählen; Alt+B übernimmt, Alt+E entscheidet.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Open the member&apos;s account in the member view (Alt+M)</source>
        <translation>Das Konto des Mitglieds in der Mitgliederansicht öffnen (Alt+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;member</source>
        <translation>&amp;Mitglied öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../supportdesk/gui/queue/page.py" line="+511"/>
        <source>Take this request: it becomes yours to decide (Alt+C)</source>
        <translation>Diese Anfrage übernehmen: Sie entscheiden dann darüber (Alt+B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Claim</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../supportdesk/gui/queue/page.py" line="+2"/>
        <source>Approve, reject, ask for information or escalate (Alt+D)</source>
        <translation>Genehmigen, ablehnen, Informationen anfordern oder eskalieren (Alt+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Entscheiden…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a request in the list.</source>
        <translation>Wählen Sie eine Anfrage in der Liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Flight</source>
        <translation>Flug</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer message</source>
        <translation>Nachricht des Kunden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Same ticket</source>
        <translation>Weitere Anfragen zum selben Ticket</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reply to the customer</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Fare rules</source>
        <translation>Tarifbedingungen</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/queue/page.py" line="-382"/>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebookings</source>
        <translation>Umbuchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else&apos;s</source>
        <translation>Von anderen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Updated {0} · every {1} s</source>
        <translation>Aktualisiert {0} · alle {1} s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not updated: {0}</source>
        <translation>Nicht aktualisiert: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline copy as of {0}. {1}</source>
        <translation>Offline-Kopie vom {0}. {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not updated: {0} No offline copy of this list on this computer.</source>
        <translation>Nicht aktualisiert: {0} Keine Offline-Kopie dieser Liste auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline copy as of {0}. Not updated: {1}</source>
        <translation>Offline-Kopie vom {0}. Nicht aktualisiert: {1}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No request matches.</source>
        <translation>Keine Anfrage passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {0} most urgent ({1} overdue); narrow the filters for the rest</source>
        <translation>Die {0} dringendsten ({1} überfällig); schränken Sie die Filter für den Rest ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 request, overdue</source>
        <translation>1 Anfrage, überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} requests, {1} overdue</source>
        <translation>{0} Anfragen, {1} überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} requests</source>
        <translation>{0} Anfragen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Request #{0} cannot be shown: {1}</source>
        <translation>Anfrage #{0} kann nicht angezeigt werden: {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offline copy of request #{0} as of {1}: it may have changed since. A decision on your own request is queued and sent when the backend is back.</source>
        <translation>Offline-Kopie der Anfrage #{0} vom {1}: Sie kann sich seitdem geändert haben. Eine Entscheidung zu Ihrer eigenen Anfrage wird vorgemerkt und gesendet, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading request #{0}…</source>
        <translation>Anfrage #{0} wird geladen…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Request #{0} is not in the list as filtered; shown here anyway.</source>
        <translation>Anfrage #{0} ist mit den aktuellen Filtern nicht in der Liste; sie wird trotzdem hier angezeigt.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Already {0}.</source>
        <translation>Bereits {0}.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>You are working on this request.</source>
        <translation>Sie bearbeiten diese Anfrage.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>{0} is working on this request.</source>
        <translation>{0} bearbeitet diese Anfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated: a supervisor decides.</source>
        <translation>Eskaliert: Die Teamleitung entscheidet.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Claim the request first (Alt+C).</source>
        <translation>Übernehmen Sie die Anfrage zuerst (Alt+B).</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Queue: load the requests again</source>
        <translation>Warteschlange: Anfragen neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue: back to the lookup</source>
        <translation>Warteschlange: zurück zur Suche</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Your decision is queued: it is sent when the backend is back.</source>
        <translation>Ihre Entscheidung ist vorgemerkt: Sie wird gesendet, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claiming needs the backend; this is an offline copy.</source>
        <translation>Übernehmen braucht das Backend; dies ist eine Offline-Kopie.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Claim of request #{0} ({1})</source>
        <translation>Übernahme der Anfrage #{0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claiming #{0}…</source>
        <translation>#{0} wird übernommen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Request #{0} is yours now: Alt+D to decide.</source>
        <translation>Anfrage #{0} gehört jetzt Ihnen: Alt+E zum Entscheiden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not claimed: {0} The request was reloaded.</source>
        <translation>Nicht übernommen: {0} Die Anfrage wurde neu geladen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The refused decision cannot be edited now: {0}</source>
        <translation>Die abgelehnte Entscheidung kann jetzt nicht bearbeitet werden: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved on this computer: {0}. {1}</source>
        <translation>Auf diesem Computer gespeichert: {0}. {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request #{0} approved; the reply to the customer is saved.</source>
        <translation>Anfrage #{0} genehmigt; die Antwort an den Kunden ist gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request #{0} rejected; the reply to the customer is saved.</source>
        <translation>Anfrage #{0} abgelehnt; die Antwort an den Kunden ist gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request #{0} waits for the customer; the reply asking for information is saved.</source>
        <translation>Anfrage #{0} wartet auf den Kunden; die Antwort mit der Rückfrage ist gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request #{0} escalated: a supervisor decides it.</source>
        <translation>Anfrage #{0} eskaliert: Die Teamleitung entscheidet darüber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request #{0} is now {1}.</source>
        <translation>Anfrage #{0} ist jetzt {1}.</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <location filename="../../supportdesk/gui/remediation/page.py" line="+94"/>
        <source>Incident remediation</source>
        <translation>Vorfall-Bereinigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the ledger entries and restore the profile changes of an incident window in one batch: preview, exclude what the members confirm, propose; another supervisor approves and executes. Times are UTC.</source>
        <translation>Buchungen und Profiländerungen aus einem Störungszeitraum gesammelt zurücknehmen: Vorschau prüfen, vom Mitglied bestätigte Einträge ausschließen, Stapel vorschlagen. Eine zweite Teamleitung gibt den Stapel frei und führt ihn aus. Alle Zeiten in UTC.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>F&amp;rom (UTC)</source>
        <translation>&amp;Von (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (UTC)</source>
        <translation>&amp;Bis (UTC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Types:</source>
        <translation>Typen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Members (optional: numbers, one a line or separated by commas)</source>
        <translation>&amp;Mitglieder (optional: Nummern, eine pro Zeile oder durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Preview</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why this entry stays (e.g. the member confirmed it)</source>
        <translation>Warum dieser Eintrag bleibt (z. B. das Mitglied hat ihn bestätigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusion r&amp;eason</source>
        <translation>Grund des Aus&amp;schlusses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xclude entry (Ctrl+E)</source>
        <translation>Eintrag a&amp;usschließen (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Include again</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch &amp;note</source>
        <translation>Stapel-&amp;Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;opose batch (Ctrl+Enter)</source>
        <translation>Stapel vorsch&amp;lagen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh &amp;batches (F5)</source>
        <translation>Stapel a&amp;ktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>Fre&amp;igeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exec&amp;ute / resume</source>
        <translation>&amp;Ausführen / fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m entries done</source>
        <translation>%v von %m Einträgen erledigt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation: exclude the chosen entry (reason typed)</source>
        <translation>Bereinigung: den gewählten Eintrag ausschließen (Grund eingegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation: include the chosen entry again</source>
        <translation>Bereinigung: den gewählten Eintrag wieder aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation: propose the batch</source>
        <translation>Bereinigung: den Stapel vorschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation: load the batches again</source>
        <translation>Bereinigung: Stapel neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation: back to the lookup</source>
        <translation>Bereinigung: zurück zur Suche</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Selecting the window&apos;s entries…</source>
        <translation>Einträge des Zeitraums werden ausgewählt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} entries of {1} members, {2} miles as posted, {6} profile changes; {3} already reversed; {4} excluded; the batch re-credits {5} miles.</source>
        <translation>{0} Einträge von {1} Mitgliedern, {2} Meilen wie gebucht, {6} Profiländerungen; {3} bereits zurückgebucht; {4} ausgeschlossen; der Stapel schreibt {5} Meilen wieder gut.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remediation batch</source>
        <translation>Bereinigungsstapel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposing…</source>
        <translation>Wird vorgeschlagen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch {0} proposed: {1} entries to reverse. Another supervisor approves it.</source>
        <translation>Stapel {0} vorgeschlagen: {1} Einträge zurückzubuchen. Eine andere Teamleitung gibt ihn frei.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remediation approval</source>
        <translation>Freigabe einer Bereinigung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Batch {0} approved: {1} entries to reverse.</source>
        <translation>Stapel {0} freigegeben: {1} Einträge zurückzubuchen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remediation execution</source>
        <translation>Ausführung einer Bereinigung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Batch {0} {1}: {2} reversed, {3} skipped (already reversed), {4} failed, {5} excluded.</source>
        <translation>Stapel {0} {1}: {2} zurückgebucht, {3} übersprungen (bereits zurückgebucht), {4} fehlgeschlagen, {5} ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Execute again to resume: entries already reversed are not reversed twice.</source>
        <translation>Drücken Sie erneut „Ausführen“, um fortzusetzen: Bereits zurückgebuchte Einträge werden nicht doppelt zurückgebucht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the batch</source>
        <translation>Stapel exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported to {0}.</source>
        <translation>Nach {0} exportiert.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../supportdesk/gui/lookup/model.py" line="+22"/>
        <source>Member number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Statusstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account {0}</source>
        <translation>Konto {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>member number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start of the member number</source>
        <translation>Anfang der Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-ticket</source>
        <translation>E-Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sounds alike</source>
        <translation>klingt ähnlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>offline copy {0}</source>
        <translation>Offline-Kopie {0}</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../supportdesk/gui/member/reveal.py" line="+43"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller verified</source>
        <translation>Anrufende Person verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor request</source>
        <translation>Anfrage der Teamleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection request</source>
        <translation>Datenschutzanfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud investigation</source>
        <translation>Betrugsermittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reveal personal data — {0}</source>
        <translation>Personenbezogene Daten einblenden — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reveal the masked data of {0} ({1}) for a short time. The reveal and its reason are recorded in the audit trail.</source>
        <translation>Die maskierten Daten von {0} ({1}) kurz einblenden. Das Einblenden und sein Grund werden im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason</source>
        <translation>G&amp;rund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;veal</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who asked, which request or case</source>
        <translation>Wer hat gefragt, welche Anfrage oder welcher Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../ui/reversal_dialog.ui" line="+14"/>
        <source>Reverse ledger entry</source>
        <translation>Kontoeintrag zurückbuchen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+133"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this entry is reversed, for the member&apos;s statement and the audit (required, Alt+R).</source>
        <translation>Warum dieser Eintrag zurückgebucht wird, für den Kontoauszug des Mitglieds und das Audit (Pflicht, Alt+G).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Donation made from a session that was not the member&apos;s</source>
        <translation>z. B. Spende aus einer Sitzung, die nicht die des Mitglieds war</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/credits/reversal.py" line="+45"/>
        <source>Re&amp;verse entry</source>
        <translation>Eintrag zu&amp;rückbuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reverse entry — {0}</source>
        <translation>Eintrag zurückbuchen — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse this entry of {0} ({1})? An entry with the opposite miles is posted; the original stays in the ledger. An entry can be reversed once.</source>
        <translation>Diesen Eintrag von {0} ({1}) zurückbuchen? Ein Eintrag mit den entgegengesetzten Meilen wird gebucht; das Original bleibt im Meilenkonto. Ein Eintrag kann einmal zurückgebucht werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A reversal cannot itself be reversed; propose a correction credit instead.</source>
        <translation>Eine Rückbuchung kann nicht selbst zurückgebucht werden; schlagen Sie stattdessen eine Korrekturgutschrift vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This entry was already reversed.</source>
        <translation>Dieser Eintrag wurde bereits zurückgebucht.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reversal of “{0}” of {1} ({2} miles): {3}</source>
        <translation>Rückbuchung von „{0}“ von {1} ({2} Meilen): {3}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Reversing {0} miles would leave the balance at {1}: the miles were already spent.</source>
        <translation>Eine Rückbuchung von {0} Meilen würde den Meilenstand auf {1} bringen: Die Meilen wurden bereits ausgegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance after the reversal: {0} → {1} miles ({2}).</source>
        <translation>Meilenstand nach der Rückbuchung: {0} → {1} Meilen ({2}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../supportdesk/gui/settings/dialog.py" line="+34"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As IT set it ({0})</source>
        <translation>Wie von der IT festgelegt ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comfortable</source>
        <translation>Komfortabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compact: more rows on the screen</source>
        <translation>Kompakt: mehr Zeilen auf dem Bildschirm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours, on this workstation</source>
        <translation>Ihre Einstellungen an diesem Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Density:</source>
        <translation>&amp;Dichte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Idle lock after:</source>
        <translation>Sperre &amp;nach Inaktivität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offline copies for:</source>
        <translation>&amp;Offline-Kopien für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Font size and density apply at once, the language at the next start. The idle lock and the offline copies can be stricter than IT&apos;s policy, not looser.</source>
        <translation>Schriftgröße und Dichte gelten sofort, die Sprache beim nächsten Start. Sperre bei Inaktivität und Offline-Kopien dürfen strenger, aber nicht lockerer als die IT-Vorgaben sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IT&apos;s policy (read-only)</source>
        <translation>Vorgaben der IT (nur lesen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {0}</source>
        <translation>Aus {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No configuration file: the demo&apos;s defaults</source>
        <translation>Keine Konfigurationsdatei: die Vorgaben der Demo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Backend: {0}</source>
        <translation>Backend: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the embedded demo</source>
        <translation>die eingebettete Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed hosts: {0}</source>
        <translation>Erlaubte Hosts: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the backend&apos;s own</source>
        <translation>nur der eigene Host des Backends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS pins: {0}</source>
        <translation>TLS-Pins: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeouts: connect {0} s, read {1} s</source>
        <translation>Zeitlimits: Verbindung {0} s, Antwort {1} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals above {0} miles ask once more</source>
        <translation>Freigaben über {0} Meilen erfordern eine zusätzliche Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle lock after {0} minutes</source>
        <translation>Sperre nach {0} Minuten Inaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock: off</source>
        <translation>Sperre bei Inaktivität: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed data shows {0} seconds</source>
        <translation>Eingeblendete Daten bleiben {0} Sekunden sichtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline copies kept {0} hours</source>
        <translation>Offline-Kopien werden {0} Stunden aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {0}</source>
        <translation>Sprache: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as the system</source>
        <translation>wie im System</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../supportdesk/gui/palette.py" line="-113"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type to filter, e.g. credit or F5</source>
        <translation>Zum Filtern tippen, z. B. gutschreiben oder F5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SignInAgainBar</name>
    <message>
        <location filename="../../supportdesk/gui/sync/offline_session.py" line="+36"/>
        <source>Signed in offline: your work is kept on this computer and sent once you sign in to the backend.</source>
        <translation>Offline angemeldet: Ihre Arbeit wird auf diesem Computer aufbewahrt und gesendet, sobald Sie sich am Backend anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for the backend</source>
        <translation>Passwort für das Backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in and &amp;send</source>
        <translation>&amp;Jetzt anmelden und senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the backend with your password and send the work kept on this computer (Alt+S)</source>
        <translation>Mit Ihrem Passwort am Backend anmelden und die auf diesem Computer aufbewahrte Arbeit senden (Alt+J)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backend answers again: type your password to sign in and send the work kept on this computer.</source>
        <translation>Das Backend antwortet wieder: Geben Sie Ihr Passwort ein, um sich anzumelden und die auf diesem Computer aufbewahrte Arbeit zu senden.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin_dialog.ui" line="+20"/>
        <source>Sign in — SupportDesk</source>
        <translation>Anmelden — SupportDesk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SupportDesk</source>
        <translation>SupportDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server this client talks to. Select the text with the mouse and press Ctrl+C to copy it.</source>
        <translation>Der Server, mit dem dieser Client spricht. Text mit der Maus markieren und Strg+C drücken, um ihn zu kopieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../supportdesk/gui/signin/dialog.py" line="+88"/>
        <source>Backend: …</source>
        <translation>Backend: …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo backend — fictional data. Sign in as agent1 … agent20 or super1 … super3, password demo.</source>
        <translation>Demo-Backend — fiktive Daten. Melden Sie sich als agent1 … agent20 oder super1 … super3 an, Passwort demo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your SupportDesk user name (Alt+U).</source>
        <translation>Ihr SupportDesk-Benutzername (Alt+B).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agent1</source>
        <translation>agent1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your password (Alt+P). Enter signs in, Esc cancels.</source>
        <translation>Ihr Passwort (Alt+P). Eingabe meldet an, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/signin/dialog.py" line="-52"/>
        <source>Demo backend — fictional data. Sign in as agent1 … agent20 or super1 … super3, password demo.
Demo callers: the PIN is the last four digits of the member number (member {0}: PIN {1}); the date of birth and postcode can be revealed on the account.</source>
        <translation>Demo-Backend — fiktive Daten. Melden Sie sich als agent1 … agent20 oder super1 … super3 an, Passwort demo.
Demo-Anrufer: Die PIN besteht aus den letzten vier Ziffern der Mitgliedsnummer (Mitglied {0}: PIN {1}); Geburtsdatum und Postleitzahl lassen sich im Konto einblenden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the backend…</source>
        <translation>Verbindung zum Backend wird hergestellt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No secure keyring on this computer: your sign-in is kept in memory only and ends when SupportDesk closes; your password locks the work kept here, and opens it when the backend cannot be reached.</source>
        <translation>Kein sicherer Schlüsselbund auf diesem Computer: Ihre Anmeldung wird nur im Arbeitsspeicher gehalten und endet, wenn SupportDesk geschlossen wird; Ihr Passwort verschließt die hier aufbewahrte Arbeit und öffnet sie, wenn das Backend nicht erreichbar ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backend: {0}</source>
        <translation>Backend: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in — SupportDesk DEMO</source>
        <translation>Anmelden — SupportDesk DEMO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the demo data… {0} %</source>
        <translation>Demodaten werden vorbereitet… {0} %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../supportdesk/gui/sync/controller.py" line="+91"/>
        <source>Signed in offline.</source>
        <translation>Offline angemeldet.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Security report: an answer refused at {0}</source>
        <translation>Sicherheitsmeldung: eine Antwort abgewiesen um {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opened from the offline copy at {0}</source>
        <translation>Aus der Offline-Kopie geöffnet um {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Called back about: {0}</source>
        <translation>Zurückgerufen wegen: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded: {0}</source>
        <translation>Verworfen: {0}</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../supportdesk/gui/sync/texts.py" line="+28"/>
        <source>under a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 operation saved on this computer earlier cannot be read: the key of the local store was replaced (was the keyring reset?). It was not sent; the old file is kept for IT as {0}.</source>
        <translation>1 Vorgang, der früher auf diesem Computer gespeichert wurde, kann nicht gelesen werden: Der Schlüssel des lokalen Speichers wurde ersetzt (wurde der Schlüsselbund zurückgesetzt?). Er wurde nicht gesendet; die alte Datei wird für die IT als {0} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} operations saved on this computer earlier cannot be read: the key of the local store was replaced (was the keyring reset?). They were not sent; the old file is kept for IT as {1}.</source>
        <translation>{0} Vorgänge, die früher auf diesem Computer gespeichert wurden, können nicht gelesen werden: Der Schlüssel des lokalen Speichers wurde ersetzt (wurde der Schlüsselbund zurückgesetzt?). Sie wurden nicht gesendet; die alte Datei wird für die IT als {1} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 operation queued for {0};</source>
        <translation>1 Vorgang vorgemerkt seit {0};</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} operations queued, the oldest for {1};</source>
        <translation>{0} Vorgänge vorgemerkt, der älteste seit {1};</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they are sent by themselves, once each.</source>
        <translation>sie werden automatisch gesendet, jeder genau einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>member lookup</source>
        <translation>Mitgliedersuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request queue</source>
        <translation>die Anfragen-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>miles credits</source>
        <translation>Meilengutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award bookings</source>
        <translation>Prämienflugbuchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile changes</source>
        <translation>Profiländerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mileage calculator</source>
        <translation>der Meilenrechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversals</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}: in maintenance {1}.</source>
        <translation>{0}: in Wartung {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: in maintenance.</source>
        <translation>{0}: in Wartung.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <location filename="../../supportdesk/gui/calculator/dialog.py" line="-88"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequent Traveller</source>
        <translation>Frequent Traveller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senator</source>
        <translation>Senator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HON Circle</source>
        <translation>HON Circle</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../ui/upgrade_dialog.ui" line="+14"/>
        <source>Upgrade award</source>
        <translation>Upgrade-Prämie</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Tic&amp;ket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The member&apos;s 13-digit e-ticket number, spaces and dashes allowed (Alt+K).</source>
        <translation>Die 13-stellige E-Ticket-Nummer des Mitglieds, Leerzeichen und Bindestriche erlaubt (Alt+T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>220 1234567890</source>
        <translation>220 1234567890</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Upgrade to</source>
        <translation>&amp;Upgrade auf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The cabin to upgrade to (Alt+U).</source>
        <translation>Die Klasse, in die hochgestuft wird (Alt+U).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Price quote before booking (optional)</source>
        <translation>Preisauskunft vor der Buchung (optional)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Departure airport of the ticket&apos;s next flight, as the caller says (Alt+F).</source>
        <translation>Abflughafen des nächsten Flugs auf dem Ticket, wie die anrufende Person ihn nennt (Alt+V).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FRA</source>
        <translation>FRA</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;To</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Arrival airport of that flight (Alt+T).</source>
        <translation>Zielflughafen dieses Flugs (Alt+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JFK</source>
        <translation>JFK</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Booked c&amp;abin</source>
        <translation>&amp;Gebuchte Klasse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The cabin the ticket is booked in (Alt+A).</source>
        <translation>Die Klasse, in der das Ticket gebucht ist (Alt+G).</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The booking code: select it, or press Copy code, to give it to the caller.</source>
        <translation>Der Buchungscode: markieren oder „Code kopieren“ drücken, um ihn der anrufenden Person zu nennen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cop&amp;y code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the booking code to the clipboard</source>
        <translation>Buchungscode in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../supportdesk/gui/awards/upgrade.py" line="+52"/>
        <source>Upgrade award — {0}</source>
        <translation>Upgrade-Prämie — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book upgrade</source>
        <translation>Upgrade &amp;buchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without the backend: a price from the award chart</source>
        <translation>Ohne das Backend: ein Preis aus der Prämientabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server prices the upgrade from the ticket&apos;s next flight and shows it above before anything is booked. If the backend cannot be reached, the caller&apos;s route and booked cabin give a price from the award chart.</source>
        <translation>Der Server berechnet das Upgrade anhand des nächsten Flugs auf dem Ticket und zeigt den Preis oben an, bevor etwas gebucht wird. Ist das Backend nicht erreichbar, ergeben Strecke und gebuchte Klasse der anrufenden Person einen Preis aus der Prämientabelle.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Asking the server for the price…</source>
        <translation>Preis wird beim Server angefragt…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source> at {0}</source>
        <translation> um {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next flight: {0} {1}–{2} on {3}{4}, booked in {5}</source>
        <translation>Nächster Flug: {0} {1}–{2} am {3}{4}, gebucht in {5}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Priced by the server: {0}.</source>
        <translation>✓ Vom Server berechnet: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the server for the price of this upgrade…</source>
        <translation>Preis dieses Upgrades wird beim Server angefragt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No price: {0}</source>
        <translation>Kein Preis: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the award chart (offline), against the balance on the member page {0}. Upgrades are booked only with the server&apos;s price.</source>
        <translation>Aus der Prämientabelle (offline), gegen den Meilenstand auf der Mitgliederseite {0}. Upgrades werden nur zum Preis des Servers gebucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: the server cannot price the upgrade. For a price from the award chart, enter the route and booked cabin of the ticket&apos;s next flight.</source>
        <translation>Offline: Der Server kann das Upgrade nicht berechnen. Für einen Preis aus der Prämientabelle geben Sie Strecke und gebuchte Klasse des nächsten Flugs auf dem Ticket ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the ticket number: the server prices the upgrade from its next flight before anything is booked.</source>
        <translation>Geben Sie die Ticketnummer ein: Der Server berechnet das Upgrade anhand des nächsten Flugs, bevor etwas gebucht wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough miles: the balance is {0}, this upgrade needs {1} ({2} short). It cannot be booked.</source>
        <translation>Nicht genug Meilen: Der Meilenstand ist {0}, dieses Upgrade braucht {1} ({2} fehlen). Es kann nicht gebucht werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgrade ticket {0} to {1} for {2} miles</source>
        <translation>Ticket {0} für {2} Meilen auf {1} hochstufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait for the server&apos;s price.</source>
        <translation>Warten Sie auf den Preis des Servers.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Upgrade of ticket {0} to {1}: {2} miles</source>
        <translation>Upgrade von Ticket {0} auf {1}: {2} Meilen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Enter the member&apos;s 13-digit ticket number.</source>
        <translation>Geben Sie die 13-stellige Ticketnummer des Mitglieds ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough miles for this upgrade.</source>
        <translation>Nicht genug Meilen für dieses Upgrade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrades are not booked offline.</source>
        <translation>Upgrades werden offline nicht gebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server gave no price for this upgrade.</source>
        <translation>Der Server hat keinen Preis für dieses Upgrade genannt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the cabin the ticket is booked in, or clear the route.</source>
        <translation>Wählen Sie die Klasse, in der das Ticket gebucht ist, oder leeren Sie die Strecke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An upgrade goes to a higher cabin than {0}.</source>
        <translation>Ein Upgrade führt in eine höhere Klasse als {0}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Booking…</source>
        <translation>Wird gebucht…</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../supportdesk/gui/writes.py" line="-119"/>
        <source>Queued. {0} miles is above your limit of {1}: when the backend is back it goes to a supervisor for approval, not to the account.</source>
        <translation>Vorgemerkt. {0} Meilen liegen über Ihrem Limit von {1}: Sobald das Backend wieder erreichbar ist, geht die Gutschrift zur Freigabe an die Teamleitung, nicht auf das Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provisional: tell the member the booking is pending confirmation. If the seat is gone when the backend is back, it becomes a call-back task.</source>
        <translation>Vorläufig: Sagen Sie dem Mitglied, dass die Bestätigung der Buchung aussteht. Ist der Platz weg, wenn das Backend wieder erreichbar ist, wird daraus eine Rückruf-Aufgabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}
It may or may not have been applied. It is saved and SupportDesk sends it again by itself until the backend answers; it cannot be applied twice. The banner counts it until then; if the backend refuses it, it appears under Needs attention.</source>
        <translation>{0}
Möglicherweise wurde es ausgeführt, möglicherweise nicht. Es ist gespeichert, und SupportDesk sendet es selbstständig erneut, bis das Backend antwortet; es kann nicht doppelt ausgeführt werden. Bis dahin zählt es im Banner; lehnt das Backend es ab, erscheint es unter „Klärungsbedarf“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No answer from the backend.</source>
        <translation>Keine Antwort vom Backend.</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../supportdesk/gui/errors.py" line="+65"/>
        <source>Security stop</source>
        <translation>Sicherheitsstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Backend not reachable</source>
        <translation>Backend nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration problem</source>
        <translation>Konfigurationsproblem</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot do that</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the input</source>
        <translation>Eingabe prüfen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Offline: {0} Nothing was saved or sent.</source>
        <translation>Offline: {0} Nichts wurde gespeichert oder gesendet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Request ID: {0}</source>
        <translation>Anfrage-ID: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SupportDesk — unexpected error</source>
        <translation>SupportDesk — unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside SupportDesk. Your work on the server is not affected by this message. Copy the details and send them to IT support.</source>
        <translation>In SupportDesk ist ein Fehler aufgetreten. Ihre Arbeit auf dem Server ist von dieser Meldung nicht betroffen. Kopieren Sie die Details und senden Sie sie an den IT-Support.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
</TS>
