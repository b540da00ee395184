// Tepat review console: small helpers only; every page works without them.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
    // "Select all" in the ratification queue.
    const all = document.getElementById('select-all');
    if (all) {
        all.addEventListener('change', () => {
            for (const box of document.querySelectorAll('input[name="keys"]')) {
                box.checked = all.checked;
            }
        });
    }
    // A rejection needs a reason: a common one, or a written one for "Other".
    const reason = document.getElementById('reason');
    const text = document.getElementById('reason_text');
    if (reason && text) {
        const update = () => { text.required = reason.value === '' || reason.value === 'reason.other'; };
        reason.addEventListener('change', update);
        update();
    }
});
