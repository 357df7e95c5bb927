// The queue ticket: the print button, and the kiosk's ticket printing itself once shown.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
    if (document.body.dataset.autoprint === 'true') {
        window.print();
        const back = document.getElementById('back');
        setTimeout(() => { window.location.href = back.href; }, 15000);
    }
});
