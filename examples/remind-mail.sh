#!/bin/sh
# Mails the output of `tender remind` to ADDRESS, only when there is any.
#
#   remind-mail.sh ADDRESS [remind options…]     e.g. remind-mail.sh inkoop@regio.example.nl --within 14d
#
# Uses TENDER_DB (or ./tender.db), the `tender` on PATH (or TENDER, the path of
# the binary) and `mail` (mailutils or bsd-mailx), or TENDER_MAILER, another
# mailer that takes `-s SUBJECT ADDRESS` and the text on stdin. Not MAIL: login
# shells set MAIL to the user's mailbox file, which is no program.
# Exits 1 (and cron reports it) when `tender remind` itself fails.
set -u
address=${1:?usage: remind-mail.sh ADDRESS [remind options]}
shift
tender=${TENDER:-tender}
mailer=${TENDER_MAILER:-mail}

report=$("$tender" remind --exit-code "$@")
case $? in
    0) exit 0 ;;                                   # nothing due: no mail
    3) printf '%s\n' "$report" | "$mailer" -s "Aanbestedingen: termijnen en achterstallige stappen" "$address" ;;
    *) exit 1 ;;                                   # the error is on stderr, which cron mails
esac
