/** Compliance nudges: the e-mails to a mentor and a unit leader when mentoring falls behind. */
export const nudgesNb = {
  'nudges.mail.mentor.subject': 'Veiledningen av {nqt} ligger etter planen',
  'nudges.mail.mentor.body':
    'Hei {name}!\n\nVeiledningen av {nqt} ligger etter planen: {held} av {planned} planlagte minutter er holdt så langt i år ({percent} %, grensen er {threshold} %).\n\nHar dere hatt samtaler som ikke er ført? Før dem inn her: {link}\nEr det noe som står i veien, snakk med lederen din eller ressursteamet.\n\nDu får denne e-posten én gang. Hilsen Tillit',
  'nudges.mail.leader.subject': 'Veiledningen av {nqt} ligger fortsatt etter planen',
  'nudges.mail.leader.body':
    'Hei {name}!\n\nVeiledningen av {nqt} ved {unit} ligger fortsatt etter planen: {held} av {planned} planlagte minutter er holdt så langt i år ({percent} %, grensen er {threshold} %). Veilederen, {mentor}, fikk beskjed {mentorNudgedOn}.\n\nSom leder har du ansvar for at veilederen får tid til veiledningen. Se enheten din her: {link}\n\nDu får denne e-posten én gang. Hilsen Tillit',
} as const;
