
use builtin;
use str;

set edit:completion:arg-completer[mfactl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mfactl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mfactl'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database and its key file (safe to run again)'
            cand policy 'Show or change the MFA policy'
            cand user 'Add, import, list, change and remove users'
            cand mfa 'Enrol authenticator apps, show MFA status, reset lost authenticators'
            cand emergency-code 'Create a one-time emergency code for a user without their phone'
            cand device 'List and revoke the devices users sign in from'
            cand subscriber 'Manage web subscribers and their MFA bypass'
            cand signin 'Walk a user''s sign-in: interactively on a terminal, or one step per call'
            cand verify 'Check a code for a user: exit 0 when accepted, 3 when rejected'
            cand doctor 'Report configuration errors and risks (exit 1 when an error is found)'
            cand audit 'Show the audit log, newest first'
            cand key 'Show or rotate the key that seals secrets'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;init'= {
            cand --issuer 'Account name shown in authenticator apps'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --sample-data 'Load about 50 example users (examples/users.csv)'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;policy'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the policy'
            cand set 'Change settings; out-of-range values are refused and change nothing'
            cand exempt 'Roles whose users never get an MFA prompt'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;policy;show'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;policy;set'= {
            cand --enabled 'Demand MFA at sign-in'
            cand --method 'How the second factor is given'
            cand --remember-days 'Days a device may skip MFA after "remember" (0-365, 0 turns it off)'
            cand --email-code-minutes 'Lifetime of an emailed sign-in code (1-60)'
            cand --emergency-code-minutes 'Lifetime of an emergency code (1-60)'
            cand --device-authorisation 'Authorise each new device once by emailed code'
            cand --admin-local-only 'Web administration pages reachable from the server only'
            cand --issuer 'Account name shown in authenticator apps'
            cand --code-max-attempts 'Wrong tries a code accepts before it is void (1-20)'
            cand --lockout-failures 'Failures in a row that lock a user (1-100)'
            cand --lockout-minutes 'Minutes a lock lasts (1-1440)'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;policy;exempt'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Exempt roles from MFA'
            cand remove 'End roles'' exemption'
            cand list 'List exempt roles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;policy;exempt;add'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;policy;exempt;remove'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;policy;exempt;list'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;policy;exempt;help'= {
            cand add 'Exempt roles from MFA'
            cand remove 'End roles'' exemption'
            cand list 'List exempt roles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;policy;exempt;help;add'= {
        }
        &'mfactl;policy;exempt;help;remove'= {
        }
        &'mfactl;policy;exempt;help;list'= {
        }
        &'mfactl;policy;exempt;help;help'= {
        }
        &'mfactl;policy;help'= {
            cand show 'Show the policy'
            cand set 'Change settings; out-of-range values are refused and change nothing'
            cand exempt 'Roles whose users never get an MFA prompt'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;policy;help;show'= {
        }
        &'mfactl;policy;help;set'= {
        }
        &'mfactl;policy;help;exempt'= {
            cand add 'Exempt roles from MFA'
            cand remove 'End roles'' exemption'
            cand list 'List exempt roles'
        }
        &'mfactl;policy;help;exempt;add'= {
        }
        &'mfactl;policy;help;exempt;remove'= {
        }
        &'mfactl;policy;help;exempt;list'= {
        }
        &'mfactl;policy;help;help'= {
        }
        &'mfactl;user'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user'
            cand import 'Import users from CSV (user_id,name,email,role[,password_hash]); all or none'
            cand list 'List users'
            cand show 'Show one user'
            cand set 'Change a user''s name, email, role or enabled flag'
            cand remove 'Remove a user with their authenticator and devices'
            cand passwd 'Set a user''s password (ends remembered MFA on all their devices)'
            cand unlock 'Lift a user''s lock after too many failures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;user;add'= {
            cand --name 'Display name [default: the user id]'
            cand --email 'Email address (needed for emailed codes)'
            cand --role 'Role name'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;import'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;list'= {
            cand --role 'Only users of this role'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;show'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;set'= {
            cand --name 'New display name'
            cand --email 'New email address'
            cand --role 'New role'
            cand --enabled 'Allow or stop sign-in'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --no-email 'Remove the email address'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;remove'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;passwd'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --password-stdin 'Read the password from the first line of stdin instead of asking'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;unlock'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;user;help'= {
            cand add 'Add a user'
            cand import 'Import users from CSV (user_id,name,email,role[,password_hash]); all or none'
            cand list 'List users'
            cand show 'Show one user'
            cand set 'Change a user''s name, email, role or enabled flag'
            cand remove 'Remove a user with their authenticator and devices'
            cand passwd 'Set a user''s password (ends remembered MFA on all their devices)'
            cand unlock 'Lift a user''s lock after too many failures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;user;help;add'= {
        }
        &'mfactl;user;help;import'= {
        }
        &'mfactl;user;help;list'= {
        }
        &'mfactl;user;help;show'= {
        }
        &'mfactl;user;help;set'= {
        }
        &'mfactl;user;help;remove'= {
        }
        &'mfactl;user;help;passwd'= {
        }
        &'mfactl;user;help;unlock'= {
        }
        &'mfactl;user;help;help'= {
        }
        &'mfactl;mfa'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show whether users have no, a pending or a confirmed authenticator'
            cand enroll 'Start enrolment: print the QR code, the otpauth URI and the secret'
            cand reset 'Remove authenticators and remembered devices (users enrol afresh)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;mfa;status'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;mfa;enroll'= {
            cand --png 'Also write the QR code to this PNG file'
            cand --svg 'Also write the QR code to this SVG file'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --invert 'Paint the terminal QR code for light terminal themes'
            cand --secret-stdin 'Enrol an existing base32 secret read from stdin (moving from another system)'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;mfa;reset'= {
            cand --role 'Every user of this role'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --all 'Every user'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;mfa;help'= {
            cand status 'Show whether users have no, a pending or a confirmed authenticator'
            cand enroll 'Start enrolment: print the QR code, the otpauth URI and the secret'
            cand reset 'Remove authenticators and remembered devices (users enrol afresh)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;mfa;help;status'= {
        }
        &'mfactl;mfa;help;enroll'= {
        }
        &'mfactl;mfa;help;reset'= {
        }
        &'mfactl;mfa;help;help'= {
        }
        &'mfactl;emergency-code'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;device'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List devices, of one user or all'
            cand revoke 'Revoke devices: they must be authorised again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;device;list'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;device;revoke'= {
            cand --user 'The user whose devices to revoke (with --all)'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --all 'Revoke every device of --user'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;device;help'= {
            cand list 'List devices, of one user or all'
            cand revoke 'Revoke devices: they must be authorised again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;device;help;list'= {
        }
        &'mfactl;device;help;revoke'= {
        }
        &'mfactl;device;help;help'= {
        }
        &'mfactl;subscriber'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List subscribers'
            cand add 'Add a subscriber'
            cand remove 'Remove a subscriber'
            cand bypass 'Turn MFA bypass on or off for a subscriber'
            cand use 'Make a subscriber the one the cloud application signs in through'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;subscriber;list'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;subscriber;add'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;subscriber;remove'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;subscriber;bypass'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --force 'Allow bypass on the cloud subscriber (a configuration error)'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;subscriber;use'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;subscriber;help'= {
            cand list 'List subscribers'
            cand add 'Add a subscriber'
            cand remove 'Remove a subscriber'
            cand bypass 'Turn MFA bypass on or off for a subscriber'
            cand use 'Make a subscriber the one the cloud application signs in through'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;subscriber;help;list'= {
        }
        &'mfactl;subscriber;help;add'= {
        }
        &'mfactl;subscriber;help;remove'= {
        }
        &'mfactl;subscriber;help;bypass'= {
        }
        &'mfactl;subscriber;help;use'= {
        }
        &'mfactl;subscriber;help;help'= {
        }
        &'mfactl;signin'= {
            cand --device 'The device token from an earlier step or sign-in'
            cand --device-label 'What a new device is, e.g. "Firefox on Windows"'
            cand --code 'The code that answers the pending step'
            cand --subscriber 'The subscriber signed in through [default: the cloud subscriber]'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --password-stdin 'Read the password from stdin and run one step (for scripts)'
            cand --remember 'Remember this device for the policy''s number of days once MFA is passed'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;verify'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;doctor'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;audit'= {
            cand --user 'Only entries about this user'
            cand --action 'Only this action (e.g. mfa.reset, verify, signin) or its sub-actions'
            cand --since 'Only entries this recent, e.g. 90m, 7d, 2w'
            cand --limit 'At most this many entries'
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;key'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show which key the database expects and whether the key file matches'
            cand rotate 'Write a new key file and re-seal every secret under it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;key;status'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;key;rotate'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;key;help'= {
            cand status 'Show which key the database expects and whether the key file matches'
            cand rotate 'Write a new key file and re-seal every secret under it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;key;help;status'= {
        }
        &'mfactl;key;help;rotate'= {
        }
        &'mfactl;key;help;help'= {
        }
        &'mfactl;completions'= {
            cand --db 'The database file [default: the platform''s data directory]'
            cand --config 'The config file [default: the platform''s config directory]'
            cand --actor 'Who is acting, for the audit log [default: the environment''s user]'
            cand --json 'Print one JSON document on stdout instead of tables'
            cand -y 'Confirm destructive commands without asking (needed without a terminal)'
            cand --yes 'Confirm destructive commands without asking (needed without a terminal)'
            cand -q 'Print nothing but results and errors'
            cand --quiet 'Print nothing but results and errors'
            cand -v 'Log what is done to stderr (-vv for more); never secrets'
            cand --verbose 'Log what is done to stderr (-vv for more); never secrets'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mfactl;help'= {
            cand init 'Create the database and its key file (safe to run again)'
            cand policy 'Show or change the MFA policy'
            cand user 'Add, import, list, change and remove users'
            cand mfa 'Enrol authenticator apps, show MFA status, reset lost authenticators'
            cand emergency-code 'Create a one-time emergency code for a user without their phone'
            cand device 'List and revoke the devices users sign in from'
            cand subscriber 'Manage web subscribers and their MFA bypass'
            cand signin 'Walk a user''s sign-in: interactively on a terminal, or one step per call'
            cand verify 'Check a code for a user: exit 0 when accepted, 3 when rejected'
            cand doctor 'Report configuration errors and risks (exit 1 when an error is found)'
            cand audit 'Show the audit log, newest first'
            cand key 'Show or rotate the key that seals secrets'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mfactl;help;init'= {
        }
        &'mfactl;help;policy'= {
            cand show 'Show the policy'
            cand set 'Change settings; out-of-range values are refused and change nothing'
            cand exempt 'Roles whose users never get an MFA prompt'
        }
        &'mfactl;help;policy;show'= {
        }
        &'mfactl;help;policy;set'= {
        }
        &'mfactl;help;policy;exempt'= {
            cand add 'Exempt roles from MFA'
            cand remove 'End roles'' exemption'
            cand list 'List exempt roles'
        }
        &'mfactl;help;policy;exempt;add'= {
        }
        &'mfactl;help;policy;exempt;remove'= {
        }
        &'mfactl;help;policy;exempt;list'= {
        }
        &'mfactl;help;user'= {
            cand add 'Add a user'
            cand import 'Import users from CSV (user_id,name,email,role[,password_hash]); all or none'
            cand list 'List users'
            cand show 'Show one user'
            cand set 'Change a user''s name, email, role or enabled flag'
            cand remove 'Remove a user with their authenticator and devices'
            cand passwd 'Set a user''s password (ends remembered MFA on all their devices)'
            cand unlock 'Lift a user''s lock after too many failures'
        }
        &'mfactl;help;user;add'= {
        }
        &'mfactl;help;user;import'= {
        }
        &'mfactl;help;user;list'= {
        }
        &'mfactl;help;user;show'= {
        }
        &'mfactl;help;user;set'= {
        }
        &'mfactl;help;user;remove'= {
        }
        &'mfactl;help;user;passwd'= {
        }
        &'mfactl;help;user;unlock'= {
        }
        &'mfactl;help;mfa'= {
            cand status 'Show whether users have no, a pending or a confirmed authenticator'
            cand enroll 'Start enrolment: print the QR code, the otpauth URI and the secret'
            cand reset 'Remove authenticators and remembered devices (users enrol afresh)'
        }
        &'mfactl;help;mfa;status'= {
        }
        &'mfactl;help;mfa;enroll'= {
        }
        &'mfactl;help;mfa;reset'= {
        }
        &'mfactl;help;emergency-code'= {
        }
        &'mfactl;help;device'= {
            cand list 'List devices, of one user or all'
            cand revoke 'Revoke devices: they must be authorised again'
        }
        &'mfactl;help;device;list'= {
        }
        &'mfactl;help;device;revoke'= {
        }
        &'mfactl;help;subscriber'= {
            cand list 'List subscribers'
            cand add 'Add a subscriber'
            cand remove 'Remove a subscriber'
            cand bypass 'Turn MFA bypass on or off for a subscriber'
            cand use 'Make a subscriber the one the cloud application signs in through'
        }
        &'mfactl;help;subscriber;list'= {
        }
        &'mfactl;help;subscriber;add'= {
        }
        &'mfactl;help;subscriber;remove'= {
        }
        &'mfactl;help;subscriber;bypass'= {
        }
        &'mfactl;help;subscriber;use'= {
        }
        &'mfactl;help;signin'= {
        }
        &'mfactl;help;verify'= {
        }
        &'mfactl;help;doctor'= {
        }
        &'mfactl;help;audit'= {
        }
        &'mfactl;help;key'= {
            cand status 'Show which key the database expects and whether the key file matches'
            cand rotate 'Write a new key file and re-seal every secret under it'
        }
        &'mfactl;help;key;status'= {
        }
        &'mfactl;help;key;rotate'= {
        }
        &'mfactl;help;completions'= {
        }
        &'mfactl;help;help'= {
        }
    ]
    $completions[$command]
}
