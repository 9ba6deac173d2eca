// Files on the request pages (templates/requests/attachments.html): drop them on the form or choose
// several. On a request that exists they upload at once to the picker's data-upload-url, showing
// their progress, and the form then sends their ids (attachmentIds). On a new request they stay in
// the file field, and the whole form is sent with its progress shown. Without this script the file
// field goes with the form as plain multipart.
(function () {
    'use strict';

    function csrfToken(form) {
        var field = form.querySelector('input[name="_csrf"]');
        return field ? field.value : null;
    }

    function sizeText(bytes) {
        return Math.max(1, Math.round(bytes / 1024)) + ' KB';
    }

    function showProgress(progress, event) {
        if (event.lengthComputable) {
            progress.max = event.total;
            progress.value = event.loaded;
        }
    }

    function init(picker) {
        var form = picker.closest('form');
        var input = picker.querySelector('input[type="file"]');
        var list = picker.querySelector('.attachment-list');
        var progress = picker.querySelector('progress');
        var status = picker.querySelector('.attachment-status');
        var url = picker.getAttribute('data-upload-url');

        function failed(code) {
            progress.hidden = true;
            status.textContent = picker.getAttribute(code === 413 ? 'data-too-large' : 'data-failed');
        }

        function uploaded(file) {
            var item = document.createElement('li');
            item.className = 'd-flex align-items-center gap-2 uploaded-file';
            var id = document.createElement('input');
            id.type = 'hidden';
            id.name = 'attachmentIds';
            id.value = file.id;
            var name = document.createElement('span');
            name.className = 'text-break';
            name.textContent = file.name + ' (' + sizeText(file.size) + ')';
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn btn-link btn-sm p-0';
            remove.textContent = picker.getAttribute('data-remove');
            remove.addEventListener('click', function () {
                item.remove();
            });
            item.append(id, name, remove);
            list.append(item);
        }

        function upload(files) {
            if (!files.length) {
                return;
            }
            var data = new FormData();
            Array.prototype.forEach.call(files, function (file) {
                data.append('file', file, file.name);
            });
            var request = new XMLHttpRequest();
            request.open('POST', url);
            request.setRequestHeader('Accept', 'application/json');
            var token = csrfToken(form);
            if (token) {
                request.setRequestHeader('X-CSRF-TOKEN', token);
            }
            request.upload.addEventListener('progress', function (event) {
                showProgress(progress, event);
            });
            request.addEventListener('load', function () {
                if (request.status !== 201) {
                    failed(request.status);
                    return;
                }
                progress.hidden = true;
                status.textContent = '';
                JSON.parse(request.responseText).forEach(uploaded);
            });
            request.addEventListener('error', function () {
                failed(0);
            });
            progress.value = 0;
            progress.hidden = false;
            status.textContent = '';
            request.send(data);
            input.value = '';
        }

        function keep(files) {
            var all = new DataTransfer();
            Array.prototype.forEach.call(input.files, function (file) {
                all.items.add(file);
            });
            Array.prototype.forEach.call(files, function (file) {
                all.items.add(file);
            });
            input.files = all.files;
        }

        function sendWithProgress(event) {
            if (!input.files.length) {
                return;
            }
            event.preventDefault();
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.upload.addEventListener('progress', function (progressEvent) {
                showProgress(progress, progressEvent);
            });
            request.addEventListener('load', function () {
                var target = new URL(request.responseURL || form.action, location.href);
                if (request.status < 400 && target.pathname !== new URL(form.action, location.href).pathname) {
                    location.assign(target.href);
                    return;
                }
                document.open();
                document.write(request.responseText);
                document.close();
            });
            request.addEventListener('error', function () {
                failed(0);
            });
            progress.value = 0;
            progress.hidden = false;
            request.send(new FormData(form));
        }

        function hasFiles(event) {
            return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0;
        }

        form.addEventListener('dragover', function (event) {
            if (hasFiles(event)) {
                event.preventDefault();
                form.classList.add('attachment-drop');
            }
        });
        form.addEventListener('dragleave', function (event) {
            if (!form.contains(event.relatedTarget)) {
                form.classList.remove('attachment-drop');
            }
        });
        form.addEventListener('drop', function (event) {
            if (!hasFiles(event)) {
                return;
            }
            event.preventDefault();
            form.classList.remove('attachment-drop');
            if (url) {
                upload(event.dataTransfer.files);
            } else {
                keep(event.dataTransfer.files);
            }
        });
        if (url) {
            input.addEventListener('change', function () {
                upload(input.files);
            });
        } else {
            form.addEventListener('submit', sendWithProgress);
        }
    }

    document.querySelectorAll('[data-attachments]').forEach(init);
})();
